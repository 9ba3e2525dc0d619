namespace SmartRoom.BuildingBlocks.Errors;

/// <summary>What went wrong, in terms the HTTP layer maps once to a status code.</summary>
public enum ErrorKind
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    Gone,
    PayloadTooLarge,
    UnsupportedMediaType,
    TooManyRequests,

    /// <summary>The request is understood, but what it points at cannot be processed (e.g. a damaged file).</summary>
    UnprocessableContent,
}
