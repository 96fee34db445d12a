using Wolverine.Http;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Every command may carry an Idempotency-Key header (its command id). A retry with the same key
/// and the same request is answered with the first response and appends nothing; the same key on
/// a different request is refused with 422. Keys are scoped to the endpoint, the city (tenant) and the
/// caller (the token's subject): one caller's key never replays another caller's answer, nor one
/// city's answer in another city. The key's claim and its answer are written in the command's own
/// transaction (Wolverine's claim-in-transaction, Program.cs): a crash before the commit leaves no
/// claim, so the retry runs the command; after it, the retry gets the first answer.
/// </summary>
internal static class CommandRetries
{
    public static void AnswerRepeatsWithTheFirstResponse(HttpChain chain)
    {
        if (chain.HttpMethods.Contains("POST") || chain.HttpMethods.Contains("PUT") || chain.HttpMethods.Contains("DELETE"))
            chain.DeduplicatedWithResponse ??= new DeduplicatedWithResponseRequirement
            {
                Scope = DeduplicationScope.Endpoint | DeduplicationScope.Tenant | DeduplicationScope.User,
                Required = false,
            };
    }
}
