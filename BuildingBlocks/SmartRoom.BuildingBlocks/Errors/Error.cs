namespace SmartRoom.BuildingBlocks.Errors;

/// <summary>
/// A domain failure: <see cref="Code"/> is stable and becomes the problem <c>type</c>
/// (<c>urn:smartroom:problem:{code}</c>); <see cref="Fields"/> carries per-field messages for validation.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Detail, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error Validation(IReadOnlyDictionary<string, string[]> fields, string detail = "One or more fields are invalid.") =>
        new(ErrorKind.Validation, "validation", detail, fields);

    public static Error Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>No signed-in caller (no token, an expired or forged one, no cookie): the framework's 401 says the same.</summary>
    public static readonly Error Unauthenticated = new(ErrorKind.Unauthorized, "unauthenticated", "Sign in to do this.");

    /// <summary>A signed-in caller the rule does not admit: the framework's 403 says the same.</summary>
    public static readonly Error NotPermitted = new(ErrorKind.Forbidden, "forbidden", "Your account may not do this.");

    public static Error Unauthorized(string code, string detail) => new(ErrorKind.Unauthorized, code, detail);

    public static Error Forbidden(string code, string detail) => new(ErrorKind.Forbidden, code, detail);

    /// <summary>Also the answer for "exists but not yours": existence must not leak.</summary>
    public static Error NotFound(string what) => new(ErrorKind.NotFound, "not-found", $"The {what} was not found.");

    public static Error Conflict(string code, string detail) => new(ErrorKind.Conflict, code, detail);

    public static Error Gone(string code, string detail) => new(ErrorKind.Gone, code, detail);
}
