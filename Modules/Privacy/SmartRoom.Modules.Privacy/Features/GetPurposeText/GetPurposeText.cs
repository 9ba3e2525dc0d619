using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.GetPurposeText;

/// <summary>The current text of one purpose (asked by other modules through <c>GetConsentText</c>).</summary>
internal sealed record GetPurposeText(string Purpose) : IQuery<Result<ConsentTextAnswer>>;
