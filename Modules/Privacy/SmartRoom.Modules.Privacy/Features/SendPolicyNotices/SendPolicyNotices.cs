namespace SmartRoom.Modules.Privacy.Features.SendPolicyNotices;

/// <summary>
/// The job's work: for every run that is due, choose its recipients once (every active subject at that moment),
/// then hand the notices over in batches from the run's checkpoint: each batch marks its notices dispatched,
/// publishes one <c>PolicyChangeNoticeIssued</c> per recipient and moves the checkpoint, all in one commit.
/// <paramref name="MaxBatches"/> bounds the batches of one call (null: until every due run is done);
/// <paramref name="BatchSize"/> overrides the configured size.
/// </summary>
internal sealed record SendPolicyNotices(int? MaxBatches = null, int? BatchSize = null) : ICommand<Result<SentPolicyNotices>>;

/// <summary>What one call did: runs touched, batches committed, notices handed over.</summary>
internal sealed record SentPolicyNotices(int Runs, int Batches, int Dispatched);
