using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>Claims every module may read from a signed-in principal, beyond the standard ones.</summary>
public static class SmartRoomClaims
{
    public const string DisplayName = "sr:display-name";
}
