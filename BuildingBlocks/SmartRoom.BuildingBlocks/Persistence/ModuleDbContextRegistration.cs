namespace SmartRoom.BuildingBlocks.Persistence;

/// <summary>A module's DbContext as the start-up migrator and the readiness check see it.</summary>
public sealed record ModuleDbContextRegistration(string Schema, Type ContextType);
