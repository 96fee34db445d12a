namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>The headers of the server-rendered pages a browser opens with a token in their address (the dashboard, the evaluation report).</summary>
internal static class HtmlPageHeaders
{
    public static void Apply(HttpResponse response)
    {
        // A token may be in the page's address: never pass it on to the pages it links to.
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        // Inline styles and SVG only: no script, no outside resource, no framing.
        response.Headers.ContentSecurityPolicy =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
