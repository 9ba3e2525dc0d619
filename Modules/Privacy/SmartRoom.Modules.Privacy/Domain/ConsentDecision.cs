namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>What a person said about a purpose: yes, or no more.</summary>
internal enum ConsentDecision
{
    Granted,
    Withdrawn,
}
