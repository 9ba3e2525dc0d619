using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace SmartRoom.BuildingBlocks.Errors;

/// <summary>The one place where errors become RFC 9457 problem details.</summary>
public static class ProblemMapping
{
    public const string TypePrefix = "urn:smartroom:problem:";

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
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
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

    /// <summary>Every problem body carries the trace id, so a user's report can be found in the traces.</summary>
    public static void AddTraceId(ProblemDetails problem, HttpContext http) =>
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
}
