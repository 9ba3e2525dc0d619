using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.RegisterBreach;

internal sealed class RegisterBreachHandler(PrivacyDbContext db, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<RegisterBreach, Result<BreachView>>
{
    public async ValueTask<Result<BreachView>> Handle(RegisterBreach command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        var entry = new BreachEntry
        {
            Id = Guid.CreateVersion7(),
            BreachId = id,
            Seq = 1,
            Kind = BreachEntryKinds.Registered,
            RecordedAt = now,
            RecordedBy = caller.Id,
            Reference = BreachRegister.NewReference(id, now),
            RegisteredAt = now,
            DetectedAt = BreachRules.Utc(command.DetectedAt)!.Value,
            AwareAt = BreachRules.Utc(command.AwareAt)!.Value,
            SaDueAt = BreachClock.SaDueAt(BreachRules.Utc(command.AwareAt)!.Value),
            Nature = command.Nature!.Trim(),
            Categories = BreachRules.Join(command.Categories!),
            ApproxSubjects = command.ApproxSubjects!.Value,
            ApproxRecords = command.ApproxRecords!.Value,
            Consequences = command.Consequences!.Trim(),
            Measures = command.Measures!.Trim(),
            DpoContact = command.DpoContact!.Trim(),
            Role = command.Role!,
            Notifiable = command.Notifiable!.Value,
            NotNotifiableReason = command.Notifiable == false ? command.NotNotifiableReason?.Trim() : null,
            RoomId = command.RoomId,
        };
        db.BreachEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return BreachView.From(entry, now);
    }
}
