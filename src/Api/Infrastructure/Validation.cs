using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>Shape validation of a request, run by Wolverine before the endpoint (a Validate step).</summary>
internal static class Validation
{
    public static ProblemDetails Check<T>(this IValidator<T> validator, T? request)
    {
        if (request is null)
            return BodyRequired(request);
        var result = validator.Validate(request);
        if (result.IsValid)
            return WolverineContinue.NoProblems;

        var errors = result.Errors
            .GroupBy(e => JsonPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
        return new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")),
            Extensions = { ["code"] = "request.invalid" },
        };
    }

    /// <summary>A JSON body of <c>null</c> binds no request: for endpoints whose body needs no other check.</summary>
    public static ProblemDetails BodyRequired<T>(T? request) => request is not null
        ? WolverineContinue.NoProblems
        : new ValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = ["A request body is required."] })
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = "A request body is required.",
            Extensions = { ["code"] = "request.invalid" },
        };

    // "Person.FirstName" → "person.firstName": name fields as the client wrote them.
    private static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
