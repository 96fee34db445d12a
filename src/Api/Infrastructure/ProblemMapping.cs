using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Quartiers;
using JasperFx;
using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>The one place where failures become RFC 9457 problem responses.</summary>
internal sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null)
            return false;

        // A client's mistake: CommandTelemetry's line already records the status; the detail is the client's to read.
        logger.LogDebug("{Method} {Path} answered {Status}: {Detail}",
            context.Request.Method, context.Request.Path, problem.Status, problem.Detail);
        return await Answer(context, problem, exception, problems);
    }

    /// <summary>Answers a failure met before any endpoint ran (e.g. a limiter's refusal) as the endpoints' failures are answered.</summary>
    public static async ValueTask Answer(HttpContext context, Exception exception) =>
        await Answer(context, ToProblem(exception) ?? throw new ArgumentException("Not a client's failure.", nameof(exception), exception), exception,
            context.RequestServices.GetRequiredService<IProblemDetailsService>());

    private static async ValueTask<bool> Answer(HttpContext context, ProblemDetails problem, Exception exception, IProblemDetailsService problems)
    {
        context.Response.StatusCode = problem.Status!.Value;
        if (exception is Busy)
            context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        RuleViolation e => Problem(StatusCodes.Status422UnprocessableEntity, "A rule of the domain was broken", e.Message, e.Code),
        OutsideAssignment e => Problem(StatusCodes.Status403Forbidden, "Outside your assignments", e.Message, e.Code),
        CityNotServed e => Problem(StatusCodes.Status403Forbidden, "City not served", e.Message, "city.not-served"),
        ResourceNotFound e => Problem(StatusCodes.Status404NotFound, "Not found", e.Message, "not-found"),
        PreconditionFailed e => Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed", e.Message, "version.stale"),
        // Lost races between two writers of one stream: the loser must read again.
        ConcurrencyException or StreamLockedException => Problem(StatusCodes.Status412PreconditionFailed,
            "The resource has changed", "Another write reached this stream first: read it again, then retry.", "version.stale"),
        ExistingStreamIdCollisionException or DocumentAlreadyExistsException => Problem(StatusCodes.Status409Conflict, "Already exists",
            "A resource with this identity already exists.", "already-exists"),
        People.PersonIdTaken e => Problem(StatusCodes.Status409Conflict, "This person id is taken", e.Message, e.Code),
        NonExistentDocumentException => Problem(StatusCodes.Status404NotFound, "Not found", "The resource is gone.", "not-found"),
        MalformedRequest e => Invalid(e.Field, e.Message, e.Code),
        Busy e => Problem(StatusCodes.Status429TooManyRequests, "Busy", e.Message, "busy"),
        QpvImportRejected e => new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The file is refused",
            Detail = e.Message + " Nothing was imported.",
            Extensions = { ["code"] = "import.rejected", ["lines"] = e.Errors },
        },
        BadHttpRequestException e => Invalid("body", e.InnerException?.Message ?? e.Message),
        _ => null,
    };

    private static ProblemDetails Problem(int status, string title, string detail, string code) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    private static ProblemDetails Invalid(string field, string message, string code = "request.malformed") =>
        new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = message,
            Extensions = { ["code"] = code },
        };
}
