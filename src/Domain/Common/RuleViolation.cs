namespace ConseilsCitoyens.Domain.Common;

/// <summary>
/// A command broke a hard rule of the domain. <see cref="Code"/> is stable: clients may switch on it.
/// </summary>
public sealed class RuleViolation(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
