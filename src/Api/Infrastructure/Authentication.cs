using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Callers present a JWT bearer token (HS256) whose issuer, audience, lifetime and signature are
/// checked against Auth:Issuer, Auth:Audience and Auth:SigningKey. The key is a secret: only
/// appsettings.Development.json holds one (never published); anywhere else it comes from the environment
/// (Auth__SigningKey), and the development key is refused there. A token must name its caller (<c>sub</c>):
/// every write is attributed to it, so a token without one is refused (401).
/// </summary>
internal static class Authentication
{
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";
    /// <summary>The city (Marten tenant) the caller acts for; absent means <see cref="ConseilsCitoyens.Projections.EventStoreSetup.DefaultCity"/>.</summary>
    public const string CityClaim = "city";
    private const int MinimumKeyBytes = 32;
    // SHA-256 of the key in appsettings.Development.json: recognised without being repeated here.
    private const string DevelopmentKeyHash = "b5dd3b1d5c62815265ada4abda9e8710af36565a043c0699ead8904acf23223d";

    public static void AddConseilsAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IConfiguration, TimeProvider>((jwt, configuration, time) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenHandlers.Clear();
                jwt.TokenHandlers.Add(new RememberedTokens(time) { MapInboundClaims = false });
                jwt.Events = new JwtBearerEvents { OnMessageReceived = TokenInDashboardAddress, OnTokenValidated = RequireSubject };
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = configuration["Auth:Issuer"],
                    ValidateAudience = true,
                    ValidAudience = configuration["Auth:Audience"],
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKey = SigningKey(configuration),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    // Without inbound claim mapping, roles and names keep their JWT names.
                    RoleClaimType = RoleClaim,
                    NameClaimType = SubjectClaim,
                };
            });
    }

    /// <summary>
    /// A browser cannot send a header when it opens a page, so the pages made to be opened in one (GET
    /// /tableau-de-bord, GET /evaluation/rapport) also take the token as ?access_token=; every other endpoint ignores it.
    /// </summary>
    private static Task TokenInDashboardAddress(MessageReceivedContext context)
    {
        var request = context.Request;
        if (TakesTokenInAddress(request.Method, request.Path)
            && !request.Headers.ContainsKey("Authorization") && request.Query[TokenInAddress] is [{ Length: > 0 } token])
            context.Token = token;
        return Task.CompletedTask;
    }

    public const string TokenInAddress = "access_token";

    public static bool TakesTokenInAddress(string method, string path) =>
        HttpMethods.IsGet(method) && (string.Equals(path, Dashboard.DashboardEndpoint.Path, StringComparison.Ordinal)
                                      || string.Equals(path, EvaluationReport.GetEvaluationReportEndpoint.Path, StringComparison.Ordinal));

    private static Task RequireSubject(TokenValidatedContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Principal?.FindFirst(SubjectClaim)?.Value))
            context.Fail("The token names no caller (claim sub).");
        return Task.CompletedTask;
    }

    /// <returns>A one-line reason when tokens cannot be validated with this configuration, else null.</returns>
    /// <param name="isDevelopment">Only Development may sign with the development key, which anyone can read.</param>
    public static string? FindProblem(IConfiguration configuration, bool isDevelopment)
    {
        const string hint = "set Auth__SigningKey to a secret of at least 32 bytes (build/run.sh uses the development key)";
        if (string.IsNullOrWhiteSpace(configuration["Auth:SigningKey"]))
            return $"no token signing key is configured: {hint}.";
        if (Encoding.UTF8.GetByteCount(configuration["Auth:SigningKey"]!) < MinimumKeyBytes)
            return $"the token signing key is too short: {hint}.";
        if (!isDevelopment && IsDevelopmentKey(configuration["Auth:SigningKey"]!))
            return "the token signing key is the development key, which anyone can read: set Auth__SigningKey to a secret of at least 32 bytes.";
        if (string.IsNullOrWhiteSpace(configuration["Auth:Issuer"]) || string.IsNullOrWhiteSpace(configuration["Auth:Audience"]))
            return "Auth:Issuer and Auth:Audience must be configured.";
        return null;
    }

    private static bool IsDevelopmentKey(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) == DevelopmentKeyHash;

    public static SymmetricSecurityKey SigningKey(IConfiguration configuration) =>
        new(Encoding.UTF8.GetBytes(configuration["Auth:SigningKey"] ?? ""));

    public static string Mint(IConfiguration configuration, string subject, string role, DateTime expires, string city) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = configuration["Auth:Issuer"],
            Audience = configuration["Auth:Audience"],
            Subject = new ClaimsIdentity([new Claim(SubjectClaim, subject), new Claim(RoleClaim, role), new Claim(CityClaim, city)]),
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = expires,
            SigningCredentials = new SigningCredentials(SigningKey(configuration), SecurityAlgorithms.HmacSha256),
        });
}
