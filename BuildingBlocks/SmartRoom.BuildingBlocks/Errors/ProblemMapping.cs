using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace SmartRoom.BuildingBlocks.Errors;

/// <summary>The one place where errors become RFC 9457 problem details.</summary>
public static class ProblemMapping
{
    public const string TypePrefix = "urn:smartroom:problem:";

    private const string CodeKey = "code";

    public static int StatusCode(this ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Gone => StatusCodes.Status410Gone,
        ErrorKind.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorKind.UnprocessableContent => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static IResult ToProblem(this Error error)
    {
        var extensions = new Dictionary<string, object?> { [CodeKey] = error.Code };
        if (error.Fields is not null)
        {
            return TypedResults.ValidationProblem(
                error.Fields,
                detail: error.Detail,
                type: TypePrefix + error.Code,
                extensions: extensions);
        }

        return TypedResults.Problem(
            detail: error.Detail,
            statusCode: error.Kind.StatusCode(),
            type: TypePrefix + error.Code,
            extensions: extensions);
    }

    /// <summary>Shapes a result: the value through <paramref name="onSuccess"/>, an error as problem details.</summary>
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : result.Error.ToProblem();

    /// <summary>
    /// The last touch on every problem body: the trace id, so a user's report can be found in the traces; and
    /// for the framework's bare refusals (authentication challenge, forbid, status-code pages), the same
    /// <c>type</c>, <c>detail</c> and <c>code</c> a handler's <see cref="Error.Unauthenticated"/> or
    /// <see cref="Error.NotPermitted"/> carries, so a client cannot tell which layer refused.
    /// </summary>
    public static void Complete(ProblemDetails problem, HttpContext http)
    {
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
        if (problem.Extensions.ContainsKey(CodeKey))
        {
            return;
        }

        var refusal = problem.Status switch
        {
            StatusCodes.Status401Unauthorized => Error.Unauthenticated,
            StatusCodes.Status403Forbidden => Error.NotPermitted,
            _ => null,
        };
        if (refusal is not null)
        {
            problem.Type = TypePrefix + refusal.Code;
            problem.Detail = refusal.Detail;
            problem.Extensions[CodeKey] = refusal.Code;
        }
    }
}
