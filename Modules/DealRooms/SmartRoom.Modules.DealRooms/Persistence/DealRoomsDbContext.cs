using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.DealRooms.Persistence.Configurations;

namespace SmartRoom.Modules.DealRooms.Persistence;

/// <summary>Rooms, members, groups, invitations, folders and the audit trail, in schema <c>dealrooms</c>.</summary>
internal class DealRoomsDbContext(DbContextOptions options, AuditKeys? auditKeys = null) : DbContext(options)
{
    public const string Schema = "dealrooms";

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Group> Groups => Set<Group>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<Folder> Folders => Set<Folder>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();

    public DbSet<Permission> Permissions => Set<Permission>();

    public DbSet<TermsAcceptance> TermsAcceptances => Set<TermsAcceptance>();

    public DbSet<SupportAccessRequest> SupportAccessRequests => Set<SupportAccessRequest>();

    /// <summary>
    /// Saves, linking new audit records into their rooms' chains first and moving each room's chain head in
    /// the same transaction. Two writers in one room may pick the same place; the loser's insert breaks the
    /// unique (room, seq) index (or its head update finds the head moved: the head's seq is a concurrency
    /// token), and it links again behind the winner and retries (inside a caller's transaction EF rolls back
    /// to a savepoint first).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var pending = ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            if (pending.Count > 0)
            {
                await AuditChainLinker.LinkAsync(this, pending,
                    auditKeys ?? throw new InvalidOperationException("Audit records need the audit keys (resolve the context from DI)."),
                    cancellationToken);
            }

            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateException e) when (pending.Count > 0 && attempt < 10)
            {
                if (e is not DbUpdateConcurrencyException && !await ChainMovedAsync(pending, cancellationToken))
                {
                    throw;
                }

                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save with SaveChangesAsync: it links audit records into their chains.");

    private async Task<bool> ChainMovedAsync(IReadOnlyList<AuditRecord> pending, CancellationToken ct)
    {
        foreach (var room in pending.GroupBy(r => r.RoomId))
        {
            var first = room.Min(r => r.Seq);
            if (await AuditRecords.AsNoTracking().AnyAsync(r => r.RoomId == room.Key && r.Seq >= first, ct)
                || await AuditChainHeads.AsNoTracking().AnyAsync(h => h.RoomId == room.Key && h.Seq >= first, ct))
            {
                return true;
            }
        }

        return false;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseModuleConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsBeside<RoomConfiguration>();
        modelBuilder.UseModuleSchema(Database, Schema);
    }
}
