using System.Text.Json;
using ConseilsCitoyens.Domain.Common;

namespace ConseilsCitoyens.Domain.Tests;

/// <summary>Given events / when command / then events or error, with no database.</summary>
public static class Spec
{
    // Events are compared by their JSON: records holding lists do not compare by value.
    public static void ThenEvents(IEnumerable<object> actual, params object[] expected) =>
        Assert.Equal(Describe(expected), Describe(actual));

    public static void ThenRejected(string code, Action when)
    {
        var violation = Assert.Throws<RuleViolation>(when);
        Assert.Equal(code, violation.Code);
    }

    private static string[] Describe(IEnumerable<object> events) =>
        events.Select(e => e.GetType().Name + " " + JsonSerializer.Serialize(e, e.GetType())).ToArray();
}
