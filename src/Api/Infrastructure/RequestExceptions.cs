namespace ConseilsCitoyens.Api.Infrastructure;

// The edge's own failures; ProblemMapping turns each into its RFC 9457 answer.

internal sealed class ResourceNotFound(string what) : Exception($"{what} was not found.");

internal sealed class PreconditionFailed(string message) : Exception(message);

internal sealed class MalformedRequest(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
