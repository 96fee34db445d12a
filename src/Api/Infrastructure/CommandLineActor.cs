using System.Text.RegularExpressions;
using JasperFx.CommandLine;
using JasperFx.Events;
using Marten;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>The command lines that write events name who runs them (--operator, else the operating system's user), as a token's subject does over HTTP.</summary>
public abstract class OperatorInput : CityInput
{
    [Description("Who runs the command, recorded on every event it writes (letters, digits, '.', '_', '-'; default: the operating system's user)")]
    [FlagAlias("operator", true)]
    public string? OperatorFlag { get; set; }

    /// <summary>Null, with the reason on stderr, when --operator is not an identifier.</summary>
    public CommandLineActor? Actor(string command)
    {
        if (CommandLineActor.For(command, OperatorFlag) is { } actor)
            return actor;
        Console.Error.WriteLine($"{command}: --operator is an identifier (letters, digits, '.', '_', '-', at most 64), not '{OperatorFlag}'");
        return null;
    }
}

/// <summary>
/// Who wrote from a command line, recorded on every event as Attribution does for a request: the
/// operator as the user, the role <see cref="Role"/>, one correlation id for the whole run, and the command.
/// </summary>
public sealed partial record CommandLineActor(string Operator, string Command, string CorrelationId)
{
    public const string Role = "operator";

    /// <returns>Null when the operator named is not an identifier (an e-mail address or a name would land in immutable metadata).</returns>
    public static CommandLineActor? For(string command, string? requested)
    {
        var user = requested ?? Environment.UserName;
        if (!Identifier().IsMatch(user))
        {
            if (requested is not null)
                return null;
            user = $"system:{command}";
        }
        return new CommandLineActor(user, command, $"{command}-{Guid.CreateVersion7():D}");
    }

    public void ApplyTo(IDocumentSession session)
    {
        session.LastModifiedBy = Operator;
        session.CorrelationId = CorrelationId;
        session.CausationId = CorrelationId;
        session.SetHeader("role", Role);
        session.SetHeader("command", Command);
    }

    /// <summary>For the events of the bulk path, which bypasses the session.</summary>
    public void ApplyTo(IEvent e)
    {
        e.UserName = Operator;
        e.CorrelationId = CorrelationId;
        e.CausationId = CorrelationId;
        e.SetHeader("role", Role);
        e.SetHeader("command", Command);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Identifier();
}
