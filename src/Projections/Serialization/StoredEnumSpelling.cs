using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;

namespace ConseilsCitoyens.Projections.Serialization;

/// <summary>
/// The upcaster of enum spelling. Events stored before enum values took the API's spelling hold them
/// as declared (Female, Residents); the log is never rewritten (the audit chain seals the stored
/// text), so a stored payload shown as JSON is read through here: each enum-typed value is written
/// camelCase (female, residents), everything else as stored. Typed reads need nothing: the enum
/// converter reads either spelling.
/// </summary>
public static class StoredEnumSpelling
{
    /// <param name="eventType">The payload's event type; null leaves the payload as stored.</param>
    public static string Upcast(string payload, Type? eventType)
    {
        if (eventType is null || JsonNode.Parse(payload) is not { } node)
            return payload;
        return Respelled(node, eventType) is { } changed ? changed.ToJsonString() : payload;
    }

    /// <returns>The node with its enum values respelled (an object or array in place), or null when nothing in it changes.</returns>
    private static JsonNode? Respelled(JsonNode node, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (node)
        {
            case JsonValue value when type.IsEnum && value.TryGetValue<string>(out var name)
                && Enum.GetNames(type).Contains(name, StringComparer.Ordinal) && char.IsUpper(name[0]):
                return JsonValue.Create(char.ToLowerInvariant(name[0]) + name[1..]);
            case JsonObject members:
            {
                var changed = false;
                foreach (var (name, member) in members.ToArray())
                    if (member is not null && PropertyType(type, name) is { } memberType && Respelled(member, memberType) is { } respelled)
                    {
                        if (!ReferenceEquals(respelled, member))
                            members[name] = respelled;
                        changed = true;
                    }
                return changed ? members : null;
            }
            case JsonArray items when ElementOf(type) is { } itemType:
            {
                var changed = false;
                for (var i = 0; i < items.Count; i++)
                    if (items[i] is { } item && Respelled(item, itemType) is { } respelled)
                    {
                        if (!ReferenceEquals(respelled, item))
                            items[i] = respelled;
                        changed = true;
                    }
                return changed ? items : null;
            }
            default:
                return null;
        }
    }

    private static Type? PropertyType(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;

    /// <returns>The element type of an array or a sequence; null for anything else (a string included).</returns>
    public static Type? ElementOf(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
