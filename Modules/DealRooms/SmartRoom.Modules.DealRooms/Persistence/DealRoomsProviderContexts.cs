using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.DealRooms.Persistence;

// One assembly cannot hold two providers' migrations for one context: each provider has its own derived
// context (named in its migrations' [DbContext] attribute) and the design-time factory `dotnet ef` creates it
// with (ADR 0002). Handlers inject DealRoomsDbContext.

internal sealed class DealRoomsSqliteDbContext(DbContextOptions<DealRoomsSqliteDbContext> options, AuditKeys? auditKeys = null)
    : DealRoomsDbContext(options, auditKeys);

internal sealed class DealRoomsPostgresDbContext(DbContextOptions<DealRoomsPostgresDbContext> options, AuditKeys? auditKeys = null)
    : DealRoomsDbContext(options, auditKeys);

internal sealed class DealRoomsSqlServerDbContext(DbContextOptions<DealRoomsSqlServerDbContext> options, AuditKeys? auditKeys = null)
    : DealRoomsDbContext(options, auditKeys);

internal sealed class DealRoomsSqliteDesignTimeFactory()
    : ModuleDesignTimeFactory<DealRoomsSqliteDbContext>(DatabaseProvider.Sqlite, DealRoomsDbContext.Schema);

internal sealed class DealRoomsPostgresDesignTimeFactory()
    : ModuleDesignTimeFactory<DealRoomsPostgresDbContext>(DatabaseProvider.Postgres, DealRoomsDbContext.Schema);

internal sealed class DealRoomsSqlServerDesignTimeFactory()
    : ModuleDesignTimeFactory<DealRoomsSqlServerDbContext>(DatabaseProvider.SqlServer, DealRoomsDbContext.Schema);
