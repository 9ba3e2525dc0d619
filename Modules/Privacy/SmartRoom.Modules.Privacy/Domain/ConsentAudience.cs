namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Who is asked for a purpose: account holders, anonymous visitors (cookie categories), or both.</summary>
internal enum ConsentAudience
{
    Account,
    Visitor,
    Both,
}
