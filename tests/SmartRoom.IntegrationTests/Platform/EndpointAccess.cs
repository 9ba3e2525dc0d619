using System.Net;

namespace SmartRoom.IntegrationTests.Platform;

/// <summary>The kinds of caller the access matrix plays, each against the same arranged room.</summary>
public enum Actor
{
    /// <summary>No token at all.</summary>
    Anonymous,

    /// <summary>Signed in, in no room, no platform role.</summary>
    Stranger,

    /// <summary>A member (Viewer) of another room only.</summary>
    OtherRoomMember,

    /// <summary>Member of the room, in a group with <c>View</c> on the folder.</summary>
    Viewer,

    /// <summary>Member of the room (role Contributor), in a group with <c>Upload</c> on the folder.</summary>
    Contributor,

    /// <summary>The room's manager (platform role Manager).</summary>
    Manager,

    /// <summary>Platform role Support, with only a pending request for the room.</summary>
    SupportWithoutGrant,

    /// <summary>Platform role Support, with an approved grant that allows document views.</summary>
    SupportWithGrant,

    /// <summary>Platform role Marketing.</summary>
    Marketing,

    /// <summary>Platform role Admin (the bootstrap admin).</summary>
    Admin,
}

/// <summary>How an endpoint is reached, which decides what a caller who may not use it gets.</summary>
public enum AccessKind
{
    /// <summary>Anyone, no token needed.</summary>
    Public,

    /// <summary>Any signed-in account; visitors get 401.</summary>
    SignedIn,

    /// <summary>Platform roles; visitors 401, other accounts 403.</summary>
    Role,

    /// <summary>Inside a room; visitors 401, whoever cannot reach the room 404, members (Viewer, Contributor) without the right 403.</summary>
    Room,

    /// <summary>A resource of one account (e.g. a notice): visitors 401, any other account 404.</summary>
    Owner,
}

/// <summary>One row of <see cref="EndpointAccessTable"/>: who may call an endpoint, and how to call it.</summary>
public sealed class EndpointAccess
{
    private static readonly Actor[] SignedInActors = Enum.GetValues<Actor>().Where(a => a != Actor.Anonymous).ToArray();

    private EndpointAccess(AccessKind kind, IEnumerable<Actor> allowed)
    {
        Kind = kind;
        Allowed = allowed.ToHashSet();
    }

    public AccessKind Kind { get; }

    public IReadOnlySet<Actor> Allowed { get; }

    /// <summary>Answers an allowed caller may get from the plain body the matrix sends, with the reason.</summary>
    public Dictionary<HttpStatusCode, string> Tolerated { get; } = [];

    /// <summary>Cells skipped for a reported product bug, with the report.</summary>
    public Dictionary<Actor, string> KnownGaps { get; } = [];

    /// <summary>Denials other than the kind's rule, per actor, with the reason.</summary>
    public Dictionary<Actor, (HttpStatusCode Status, string Why)> Denials { get; } = [];

    /// <summary>What a caller this row does not allow must get.</summary>
    public HttpStatusCode DeniedAnswerFor(Actor actor) => (Kind, actor) switch
    {
        _ when Denials.TryGetValue(actor, out var denial) => denial.Status,
        (_, Actor.Anonymous) => HttpStatusCode.Unauthorized,
        (AccessKind.Role, _) => HttpStatusCode.Forbidden,
        // Members know the room exists: they are told no. Everyone else, support staff with a grant included, finds nothing.
        (AccessKind.Room, Actor.Viewer or Actor.Contributor) => HttpStatusCode.Forbidden,
        _ => HttpStatusCode.NotFound,
    };

    public Func<Cell, Task<HttpContent?>> Body { get; private set; } = _ => Task.FromResult<HttpContent?>(null);

    public Func<Cell, string> Query { get; private set; } = _ => "";

    /// <summary>The calls end the callers' sessions: everyone signs in again afterwards.</summary>
    public bool EndsSessions { get; private set; }

    /// <summary>Calls change nothing that later rows depend on: the row may use the shared room.</summary>
    public bool ReadOnly { get; private set; }

    /// <summary>The endpoint takes the dashboard's sign-in cookie (<c>login?useCookies=true</c>), not a bearer token.</summary>
    public bool UsesCookie { get; private set; }

    public static EndpointAccess Public() => new(AccessKind.Public, Enum.GetValues<Actor>());

    public static EndpointAccess SignedIn() => new(AccessKind.SignedIn, SignedInActors);

    public static EndpointAccess Role(params Actor[] allowed) => new(AccessKind.Role, allowed);

    public static EndpointAccess Room(params Actor[] allowed) => new(AccessKind.Room, allowed);

    public static EndpointAccess Owner(Actor owner) => new(AccessKind.Owner, [owner]);

    public EndpointAccess Tolerating(HttpStatusCode status, string why)
    {
        Tolerated[status] = why;
        return this;
    }

    /// <summary>A denied caller who gets another answer than the kind's rule (e.g. 403 with a reason inside a room it reaches).</summary>
    public EndpointAccess Denying(Actor actor, HttpStatusCode status, string why)
    {
        Denials[actor] = (status, why);
        return this;
    }

    public EndpointAccess Json(Func<Cell, object> body)
    {
        Body = cell => Task.FromResult<HttpContent?>(System.Net.Http.Json.JsonContent.Create(body(cell)));
        return this;
    }

    public EndpointAccess Json(Func<Cell, Task<object>> body)
    {
        Body = async cell => System.Net.Http.Json.JsonContent.Create(await body(cell));
        return this;
    }

    public EndpointAccess Multipart(Func<Cell, HttpContent> body)
    {
        Body = cell => Task.FromResult<HttpContent?>(body(cell));
        return this;
    }

    public EndpointAccess Multipart(Func<Cell, Task<HttpContent>> body)
    {
        Body = async cell => await body(cell);
        return this;
    }

    public EndpointAccess WithQuery(Func<Cell, string> query)
    {
        Query = query;
        return this;
    }

    public EndpointAccess EndingSessions()
    {
        EndsSessions = true;
        return this;
    }

    public EndpointAccess Reading()
    {
        ReadOnly = true;
        return this;
    }

    public EndpointAccess SignedInByCookie()
    {
        UsesCookie = true;
        return this;
    }

    /// <summary>Skips these cells because today's product answers them wrongly; say what, and report it.</summary>
    public EndpointAccess KnownGap(string report, params Actor[] actors)
    {
        foreach (var actor in actors)
        {
            KnownGaps[actor] = report;
        }

        return this;
    }

    public override string ToString() => Kind switch
    {
        AccessKind.Public or AccessKind.SignedIn => Kind.ToString(),
        _ => $"{Kind}({string.Join(", ", Allowed)})",
    };
}
