using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure.OpenApi;

/// <summary>
/// Each operation is named after its use case (JoinCouncil, the endpoint class without "Endpoint"),
/// the method name a generated client shows; its description says what a caller must know beyond
/// the summary: who may call it, and for reports how a period is given.
/// </summary>
internal sealed class OperationNames(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var descriptor = context.Description.ActionDescriptor;
        // Without a description of its own, Wolverine describes an operation by its generated id.
        var own = operation.Description is { } given && given != operation.OperationId ? given : null;
        if (descriptor is ControllerActionDescriptor { ControllerTypeInfo: var type, MethodInfo: var method })
            operation.OperationId = UseCase(type.Name, method.Name);

        var roles = await RolesOf(descriptor.EndpointMetadata.OfType<IAuthorizeData>());
        var period = context.Description.ParameterDescriptions.Any(p => p.Name == "year") ? QueryParameters.PeriodRule : null;
        operation.Description = string.Join("\n\n", new[] { own, roles, period }.OfType<string>());
    }

    // ListAuditEventsEndpoint.Get → ListAuditEvents; AuditEndpoints.Verify → AuditVerify.
    private static string UseCase(string typeName, string methodName)
    {
        var name = typeName.EndsWith("Endpoints", StringComparison.Ordinal) ? typeName[..^"Endpoints".Length]
            : typeName.EndsWith("Endpoint", StringComparison.Ordinal) ? typeName[..^"Endpoint".Length]
            : typeName;
        return methodName is "Get" or "Post" ? name : name + methodName;
    }

    private async Task<string?> RolesOf(IEnumerable<IAuthorizeData> authorizations)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in authorizations.Select(a => a.Policy).OfType<string>())
            if (await policies.GetPolicyAsync(name) is { } policy)
                roles.UnionWith(policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles));
        return roles.Count == 0 ? null : $"Roles allowed: {string.Join(", ", roles)}.";
    }
}
