namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// The current policy version, the latest version this user accepted (null if none), and whether a material
/// version in force waits for their explicit acceptance (until then the API lets them only read the policy,
/// accept it, or ask for their data or its erasure).
/// </summary>
public sealed record PolicyStanding(int? Current, int? Accepted, bool MustAccept);
