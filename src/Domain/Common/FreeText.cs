using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ConseilsCitoyens.Domain.Common;

/// <summary>Marks an event's text that a person typed (a reason, a note, a dissenting view): <see cref="FreeText"/> screens it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FreeTextAttribute : Attribute;

/// <summary>
/// Events are immutable and never erased, so the text typed into them must not carry personal data
/// (DOMAIN.md §6): an e-mail address or a phone number is refused wherever free text is kept.
/// </summary>
public static partial class FreeText
{
    public const string PersonalDataCode = "text.personal-data";

    /// <summary>Does the text hold an e-mail address or a phone number?</summary>
    public static bool NamesAContact(string? text) => text is not null && (Email().IsMatch(text) || Phone().IsMatch(text));

    /// <summary>Refuses an event whose free text (<see cref="FreeTextAttribute"/>, also in its lists and nested records) names a contact.</summary>
    public static void Screen(object @event)
    {
        foreach (var (field, text) in TextsOf(@event))
            if (NamesAContact(text))
                throw new RuleViolation(PersonalDataCode,
                    $"{field} holds an e-mail address or a phone number: events are never erased, so they never carry personal data.");
    }

    private static IEnumerable<(string Field, string Text)> TextsOf(object value)
    {
        foreach (var property in Properties.GetOrAdd(value.GetType(), ScreenedProperties))
        {
            var content = property.GetValue(value);
            if (property.IsDefined(typeof(FreeTextAttribute)))
            {
                foreach (var text in content switch { string s => [s], IEnumerable<string> list => list, _ => [] })
                    yield return (property.Name, text);
                continue;
            }
            if (content is IEnumerable items and not string)
                foreach (var item in items)
                    if (item is not null && IsDomainRecord(item.GetType()))
                        foreach (var nested in TextsOf(item))
                            yield return nested;
        }
    }

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    // Free text, and the lists of the domain's own records that may hold some (a diagnostic's priorities).
    private static PropertyInfo[] ScreenedProperties(Type type) => type.GetProperties()
        .Where(p => p.IsDefined(typeof(FreeTextAttribute))
            || (p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)
                && p.PropertyType.GetGenericArguments() is [var element] && IsDomainRecord(element)))
        .ToArray();

    private static bool IsDomainRecord(Type type) => type.Assembly == typeof(FreeText).Assembly && type.IsClass;

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")]
    private static partial Regex Email();

    // French numbers (01 42 00 00 00, 06.12.34.56.78, +33 6 12 34 56 78) and other international ones (+44 20 7946 0000).
    [GeneratedRegex(@"(?:\+33\s?|0033\s?|\b0)[1-9](?:[\s.\-]?\d{2}){4}\b|\+\d{1,3}(?:[\s.\-]?\d){7,}")]
    private static partial Regex Phone();
}
