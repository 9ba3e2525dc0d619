namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// The privacy policy in force (<see cref="Policy"/>), or null when none is published yet.
/// </summary>
public sealed record PublishedPolicyAnswer(PublishedPolicyText? Policy);
