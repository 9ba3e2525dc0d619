namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// Endpoint metadata: the endpoint stays open to a signed-in person who has not yet accepted a material version of
/// the privacy policy (reading the policy, accepting it, reading the account, signing out, asking for one's data or
/// its erasure). Every other endpoint that needs a signed-in caller waits for the acceptance (Privacy's gate).
/// Set it with <c>.AllowBeforePolicyAcceptance()</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class AllowBeforePolicyAcceptanceAttribute : Attribute;
