using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>Who is asking, and from where. Outside an HTTP request (jobs, messages) nobody is.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    bool IsAuthenticated { get; }

    /// <summary>The account's (confirmed) email address.</summary>
    string? Email { get; }

    string? DisplayName { get; }

    bool IsInRole(string role);

    string? IpAddress { get; }

    string? UserAgent { get; }
}
