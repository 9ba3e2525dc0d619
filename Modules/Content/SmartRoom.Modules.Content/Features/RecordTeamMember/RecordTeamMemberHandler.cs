namespace SmartRoom.Modules.Content.Features.RecordTeamMember;

internal sealed class RecordTeamMemberHandler(ContentDbContext db) : ICommandHandler<RecordTeamMember, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordTeamMember command, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyAsync(command, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two events of a new account at once (a snapshot and a role change): the other one added the row first.
            // This one is applied to that row, newer facts winning as always.
            db.ChangeTracker.Clear();
            await ApplyAsync(command, cancellationToken);
        }

        return Done.Value;
    }

    private async Task ApplyAsync(RecordTeamMember command, CancellationToken ct)
    {
        var member = await db.TeamMembers.FindAsync([command.UserId], ct);
        if (member is null)
        {
            if (command.Roles is null)
            {
                // A profile change of an account Content has no roles for: not on the team.
                return;
            }

            member = new TeamMember { Id = command.UserId };
            db.TeamMembers.Add(member);
        }

        if (command.Roles is not null && command.OccurredAt >= member.RolesUpdatedAt)
        {
            member.IsMarketing = command.Roles.Contains(PlatformRoles.Marketing, StringComparer.Ordinal);
            member.RolesUpdatedAt = command.OccurredAt;
        }

        if (command.Email is not null && command.OccurredAt >= member.ContactUpdatedAt)
        {
            member.Email = command.Email;
            member.DisplayName = command.DisplayName ?? member.DisplayName;
            member.ContactUpdatedAt = command.OccurredAt;
        }

        if (!member.IsMarketing)
        {
            // Outside the team Content keeps no contact details, only what orders the account's events.
            member.Email = "";
            member.DisplayName = "";
        }

        await db.SaveChangesAsync(ct);
    }
}
