namespace SmartRoom.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
