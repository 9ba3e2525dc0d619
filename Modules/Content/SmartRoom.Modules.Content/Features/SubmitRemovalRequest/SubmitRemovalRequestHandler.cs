using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.Modules.Content.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Features.SubmitRemovalRequest;

/// <summary>The request, its line on the moderation record and the notice to the requester commit together.</summary>
internal sealed class SubmitRemovalRequestHandler(
    IDbContextOutbox<ContentDbContext> outbox,
    ModerationLog log,
    ICurrentUser caller,
    SmartRoomOptions platform,
    RemovalRequestOptions options,
    TimeProvider clock) : ICommandHandler<SubmitRemovalRequest, Result<RemovalRequestReceipt>>
{
    public async ValueTask<Result<RemovalRequestReceipt>> Handle(SubmitRemovalRequest command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        if (ContentAddress.Parse(command.Url, platform.PublicBaseUrl) is not { } address
            || await RemovalTargets.FindPublicAsync(db, address, cancellationToken) is not { } target)
        {
            return RemovalRequestErrors.NotOurContent;
        }

        var account = caller.Id is not null && !string.IsNullOrEmpty(caller.Email);
        var email = account ? caller.Email! : command.Email!.Trim();
        var name = !string.IsNullOrWhiteSpace(command.Name) ? command.Name.Trim()
            : account && !string.IsNullOrWhiteSpace(caller.DisplayName) ? caller.DisplayName!
            : email;
        var now = clock.GetUtcNow();
        var request = new RemovalRequest
        {
            Id = Guid.CreateVersion7(),
            Url = command.Url!.Trim(),
            TargetKind = target.Kind,
            TargetId = target.Id,
            PostId = target.PostId,
            RequesterId = account ? caller.Id : null,
            RequesterEmail = email,
            RequesterName = name,
            Reason = command.Reason!.Trim(),
            ReceivedAt = now,
            DueAt = now.AddDays(options.DecideWithinDays),
            Version = 1,
        };
        db.RemovalRequests.Add(request);
        log.Record(ModerationActions.RemovalRequested, ModerationTargets.RemovalRequest, request.Id);
        await outbox.PublishAsync(new RemovalRequestReceived(Guid.CreateVersion7(), now, request.Id, request.Url, request.DueAt,
            new ContentRecipient(request.RequesterId, email, name)));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new RemovalRequestReceipt(request.Id, request.DueAt);
    }
}
