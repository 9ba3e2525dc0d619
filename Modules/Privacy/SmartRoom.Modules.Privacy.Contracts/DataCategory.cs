namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// One kind of personal data a module keeps, as the published policy describes it: what, why, on which legal
/// basis, who receives it and how long it is kept. A module declares its categories by registering them
/// (<c>services.AddSingleton(new DataCategory(...))</c>); Privacy builds the data map, the retention schedule
/// and the policy's "what we collect" section from them. <paramref name="Key"/> is stable
/// (<c>identity.sign-in-history</c>) and names the category in sweeps.
/// </summary>
public sealed record DataCategory(
    string Key,
    string Module,
    string Name,
    string WhatWeKeep,
    string Purpose,
    string LegalBasis,
    string Recipients,
    RetentionRule Retention);
