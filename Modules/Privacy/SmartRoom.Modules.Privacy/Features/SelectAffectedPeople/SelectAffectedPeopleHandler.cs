using SmartRoom.Modules.DealRooms.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Privacy.Features.SelectAffectedPeople;

internal sealed class SelectAffectedPeopleHandler(PrivacyDbContext db, IMessageBus bus, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<SelectAffectedPeople, Result<AffectedSelection>>
{
    public async ValueTask<Result<AffectedSelection>> Handle(SelectAffectedPeople command, CancellationToken cancellationToken)
    {
        if (await BreachRegister.CurrentAsync(db, command.BreachId, cancellationToken) is not { } breach)
        {
            return BreachRegister.NotFound;
        }

        if (breach.ClosedAt is not null)
        {
            return BreachRegister.IsClosed;
        }

        // DealRooms reads its own audit trail; Privacy never reads DealRooms' tables.
        var access = await bus.InvokeAsync<RoomAccessList>(new FindRoomAccess(command.RoomId!.Value, BreachRules.Utc(command.From)!.Value, BreachRules.Utc(command.To)!.Value), cancellationToken);
        if (!access.RoomFound)
        {
            return Error.NotFound("room");
        }

        var already = (await db.BreachSubjects.Where(s => s.BreachId == breach.BreachId).Select(s => s.UserId).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var person in access.People.Where(p => already.Add(p.UserId)))
        {
            db.BreachSubjects.Add(new BreachSubject
            {
                Id = Guid.CreateVersion7(),
                BreachId = breach.BreachId,
                UserId = person.UserId,
                Email = person.Email,
                DisplayName = person.DisplayName,
                SelectedAt = now,
                SelectedBy = caller.Id,
            });
            added++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return BreachRegister.Raced;
        }

        return new AffectedSelection(access.People.Count, added, already.Count);
    }
}
