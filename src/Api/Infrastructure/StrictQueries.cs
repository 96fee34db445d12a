using System.Collections.Frozen;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// A query parameter the endpoint does not read, or a value that does not fit its declared shape
/// (<see cref="QueryParameters"/>), is a 400 naming the parameter, before the endpoint runs: a typo
/// such as ?streamId= must not silently answer the whole log. Which parameters an endpoint reads is
/// taken from the same description of the endpoints as the OpenAPI document.
/// </summary>
internal static class StrictQueries
{
    public static IApplicationBuilder UseStrictQueries(this IApplicationBuilder app)
    {
        FrozenDictionary<(string, string), string[]>? accepted = null;
        return app.Use((context, next) =>
        {
            accepted ??= AcceptedByEndpoint(context.RequestServices.GetRequiredService<IApiDescriptionGroupCollectionProvider>());
            if (context.GetEndpoint() is RouteEndpoint endpoint
                && accepted.TryGetValue((context.Request.Method, Route(endpoint.RoutePattern.RawText)), out var names))
                Check(context.Request.Query, names);
            return next(context);
        });
    }

    private static void Check(IQueryCollection query, string[] names)
    {
        foreach (var (name, values) in query)
        {
            if (!names.Contains(name, StringComparer.Ordinal))
                throw new MalformedRequest(name, names.Length == 0
                    ? $"Unknown query parameter '{name}': this endpoint reads none."
                    : $"Unknown query parameter '{name}': this endpoint reads {string.Join(", ", names)}.");
            // A name without a shape is read by its endpoint alone (the document then lacks its description, which the tests catch).
            if (!QueryParameters.ByName.TryGetValue(name, out var parameter))
                continue;
            if (values.Count > 1 && !parameter.Shape.Repeatable)
                throw new MalformedRequest(name, $"{name} is given {values.Count} times; give it once.");
            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
                QueryParameters.Check(parameter, value!.Trim());
        }
    }

    private static FrozenDictionary<(string, string), string[]> AcceptedByEndpoint(IApiDescriptionGroupCollectionProvider descriptions)
    {
        var endpoints = descriptions.ApiDescriptionGroups.Items.SelectMany(group => group.Items)
            .Where(d => d.HttpMethod is not null)
            .Select(d => (Key: (d.HttpMethod!, Route(d.RelativePath)), Names: d.ParameterDescriptions
                .Where(p => p.Source == BindingSource.Query).Select(p => p.Name)
                .Concat(QueryParameters.AlsoAccepted(d.HttpMethod!, Route(d.RelativePath)))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()))
            .DistinctBy(e => e.Key)
            .ToArray();
        return endpoints.ToFrozenDictionary(e => e.Key, e => e.Names);
    }

    private static string Route(string? pattern) => "/" + pattern?.TrimStart('/');
}
