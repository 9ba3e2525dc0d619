using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SmartRoom.BuildingBlocks.Security;

public static class CurrentUserExtensions
{
    /// <summary>The longest user agent records keep (the column size wherever one is stored).</summary>
    public const int MaxStoredUserAgent = 512;

    /// <summary>The caller's user agent as a record keeps it: cut to <see cref="MaxStoredUserAgent"/> characters.</summary>
    public static string? UserAgentToStore(this ICurrentUser caller) =>
        caller.UserAgent is { Length: > MaxStoredUserAgent } ua ? ua[..MaxStoredUserAgent] : caller.UserAgent;
}
