namespace ConseilsCitoyens.Api.Infrastructure;

// The edge's own failures; ProblemMapping turns each into its RFC 9457 answer.

internal sealed class ResourceNotFound(string what) : Exception($"{what} was not found.");

internal sealed class PreconditionFailed(string message) : Exception(message);

/// <param name="code">The problem's stable code: a malformed value unless a finer one helps the client.</param>
internal sealed class MalformedRequest(string field, string message, string code = "request.malformed") : Exception(message)
{
    public string Field { get; } = field;

    public string Code { get; } = code;
}
