namespace SmartRoom.Modules.Privacy.Domain;

/// <summary><c>SmartRoom:Privacy:Consent</c>: how the consent ledger works through large audiences.</summary>
internal sealed class ConsentOptions
{
    public const string Section = "SmartRoom:Privacy:Consent";

    /// <summary>People told per batch (one commit each) after a material change of a purpose.</summary>
    public int ReconsentBatchSize { get; set; } = 500;
}
