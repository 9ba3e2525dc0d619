using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.DecideSupportAccess;

/// <summary>What a manager does with a support request.</summary>
internal enum SupportDecision
{
    Approve,
    Deny,
    Revoke,
}
