using System.Net;
using static SmartRoom.IntegrationTests.Platform.Actor;
using static SmartRoom.IntegrationTests.Platform.EndpointAccess;

namespace SmartRoom.IntegrationTests.Platform;

/// <summary>
/// Who may call every endpoint, one row per <c>"METHOD /path/template"</c> (path parameters as the OpenAPI
/// document names them). <see cref="EndpointAccessMatrixTests"/> calls each endpoint as every <see cref="Actor"/>
/// and holds the answers to these rows: a caller not allowed gets 401 (visitors), 404 (a room or resource out of
/// reach; the room's Viewer and Contributor without the right get 403) or 403 (a platform role it lacks), learns no name or email of
/// the room, and changes nothing; an allowed caller never gets 401/403/404 or 500 (other answers only where a
/// row tolerates them, with the reason). A new endpoint needs a row here; a removed one takes its row along.
/// </summary>
public static class EndpointAccessTable
{
    private static readonly Actor[] RoomReaders = [Viewer, Contributor, Manager, SupportWithGrant];

    public static readonly IReadOnlyDictionary<string, EndpointAccess> Rows = new Dictionary<string, EndpointAccess>(StringComparer.Ordinal)
    {
        // Platform
        ["GET /health/live"] = Public().Reading(),
        ["GET /health/ready"] = Public().Reading(),
        ["GET /openapi/{documentName}.json"] = Public().Reading(),
        ["GET /scalar/{documentName?}"] = Public().Reading(),
        ["GET /scalar/favicon.svg"] = Public().Reading(),
        ["GET /scalar/scalar.aspnetcore.js"] = Public().Reading(),
        ["GET /scalar/scalar.js"] = Public().Reading(),
        ["GET /hangfire/{**path}"] = Role(Admin).SignedInByCookie().Reading(),

        // Accounts
        ["POST /api/identity/register"] = Public().Json(c => new { email = c.NewEmail("registered"), password = IdentityApiPassword, displayName = "New Account" }),
        ["GET /api/identity/confirm-email"] = Public().WithQuery(c => $"?userId={c.Users.Target.Id}&code=not-the-emailed-code")
            .Tolerating(HttpStatusCode.BadRequest, "a made-up confirmation code"),
        ["POST /api/identity/login"] = Public().Json(c => new { email = c.Users.LoginUser.Email, password = IdentityApiPassword }),
        ["POST /api/identity/refresh"] = Public().Json(async c => (object)new { refreshToken = (await c.SignInAsync(c.Users.LoginUser)).RefreshToken }),
        ["POST /api/identity/forgot-password"] = Public().Json(c => new { email = c.Users.LoginUser.Email }),
        ["POST /api/identity/reset-password"] = Public().Json(c => new { email = c.Users.Target.Email, resetCode = "not-the-emailed-code", newPassword = "another long passphrase" })
            .Tolerating(HttpStatusCode.BadRequest, "a made-up reset code"),
        ["POST /api/identity/logout"] = SignedIn().EndingSessions(),
        ["POST /api/identity/logout-everywhere"] = SignedIn().EndingSessions(),
        ["GET /api/identity/manage/info"] = SignedIn().Reading(),
        ["POST /api/identity/manage/info"] = SignedIn().Json(_ => new { }),
        ["POST /api/identity/manage/2fa"] = SignedIn().Json(_ => new { resetSharedKey = false, resetRecoveryCodes = false, forgetMachine = false }),
        ["POST /api/identity/reauthenticate"] = SignedIn().Json(c => new { password = c.Users.Actors.TryGetValue(c.Actor, out var a) ? a.Password : "no account" }),
        ["GET /api/me"] = SignedIn().Reading(),
        ["PUT /api/me"] = SignedIn().Json(_ => new { displayName = "Renamed Account" }),
        ["GET /api/me/sign-ins"] = SignedIn().Reading(),

        // Administration
        ["GET /api/admin/users"] = Role(Admin).Reading(),
        ["PUT /api/admin/users/{userId}/roles"] = Role(Admin).Json(_ => new { roles = new[] { "Marketing" } }),
        ["POST /api/admin/users/{userId}/lock"] = Role(Admin).Json(c => new { until = c.Now.AddHours(1) }),
        ["POST /api/admin/users/{userId}/unlock"] = Role(Admin),
        ["POST /api/admin/users/{userId}/require-2fa"] = Role(Admin),
        ["GET /api/admin/users/{userId}/sign-ins"] = Role(Admin).Reading(),
        ["GET /api/admin/audit"] = Role(Admin).Reading(),
        ["GET /api/admin/notifications/deliveries"] = Role(Admin).Reading(), // deal details are kept out of the log
        ["GET /api/admin/statistics/export"] = Role(Admin).Reading(), // aggregates only, none per room or person

        // Privacy: retention and legal holds (PrivacyOfficer; Admin implies it)
        ["GET /api/admin/privacy/retention"] = Role(Admin).Reading(),
        ["GET /api/admin/privacy/retention/runs"] = Role(Admin).Reading(),
        ["GET /api/admin/privacy/legal-holds"] = Role(Admin).Reading(),
        ["POST /api/admin/privacy/legal-holds"] = Role(Admin)
            .Json(c => new { scope = new { kind = "user", id = c.Users.Target.Id }, reason = "Litigation hold", authorisedBy = "General Counsel", reviewAt = c.Now.AddDays(90) }),
        ["POST /api/admin/privacy/legal-holds/{holdId}/release"] = Role(Admin).Json(_ => new { reason = "The claim was settled." }),

        // Privacy
        ["GET /api/admin/privacy/policies/{policyId}/notices"] = Role(Admin).Reading(), // privacy officers; Admin implies the role

        // Privacy: the breach register (privacy officers; Admin implies it)
        ["GET /api/admin/privacy/breaches"] = Role(Admin).Reading(),
        ["POST /api/admin/privacy/breaches"] = Role(Admin).Json(c => Infrastructure.PrivacyBreachesApi.BreachBody(c.Now, c.World.Room.Id)),
        ["GET /api/admin/privacy/breaches/{breachId}"] = Role(Admin).Reading(),
        ["POST /api/admin/privacy/breaches/{breachId}/updates"] = Role(Admin).Json(c => new { nature = "Revised " + c.Unique(), note = "More is known." }),
        ["POST /api/admin/privacy/breaches/{breachId}/regulator-notification"] = Role(Admin)
            .Json(c => new { notifiedAt = c.Now, reference = "AP-" + c.Unique(), authority = "Autoriteit Persoonsgegevens" }),
        ["POST /api/admin/privacy/breaches/{breachId}/close"] = Role(Admin).Json(_ => new { outcome = "Contained.", delayReason = "Closed before any notification." }),
        ["POST /api/admin/privacy/breaches/{breachId}/affected/select"] = Role(Admin).Json(c => new { roomId = c.World.Room.Id, from = c.Now.AddDays(-1), to = c.Now.AddMinutes(1) }),
        ["GET /api/admin/privacy/breaches/{breachId}/affected"] = Role(Admin).Reading(),
        ["POST /api/admin/privacy/breaches/{breachId}/notify-controllers"] = Role(Admin).Json(_ => new { message = "Your room's data was exposed." }),
        ["POST /api/admin/privacy/breaches/{breachId}/notify-affected"] = Role(Admin).Json(_ => new { message = "Your data was exposed." }),

        // Notifications
        ["GET /api/notifications"] = SignedIn().Reading(),
        ["GET /api/notifications/unread-count"] = SignedIn().Reading(),
        ["POST /api/notifications/{notificationId}/read"] = Owner(Manager),
        ["POST /api/notifications/read-all"] = SignedIn(),
        ["GET /api/me/notification-preferences"] = SignedIn().Reading(),
        ["PUT /api/me/notification-preferences"] = SignedIn().Json(_ => new { categories = new[] { new { category = "deal-activity", mode = "Immediate" } } }),
        ["GET /api/notifications/unsubscribe"] = Public().WithQuery(_ => "?token=not-an-emailed-token").Reading(), // the page that asks to confirm
        ["POST /api/notifications/unsubscribe"] = Public().WithQuery(_ => "?token=not-an-emailed-token")
            .Tolerating(HttpStatusCode.NotFound, "a made-up unsubscribe token finds no link, whoever asks"),

        // Privacy policy
        ["GET /api/privacy/policy"] = Public().Reading(),
        ["GET /api/privacy/policies"] = Public().Reading(),
        ["GET /api/privacy/policies/{number}"] = Public().Reading(),
        ["POST /api/me/policy/accept"] = SignedIn().Json(_ => new { version = 1 }),
        ["GET /api/admin/privacy/policies"] = Role(Admin).Reading(),
        ["POST /api/admin/privacy/policies"] = Role(Admin).Json(c => new { text = "# Policy\n\n<!-- data-map -->\n", summary = "Drafted during the access matrix", material = false, effectiveAt = c.Now.AddDays(30) }),
        ["PUT /api/admin/privacy/policies/{policyId}"] = Role(Admin).Json(c => new { text = "# Policy\n\n<!-- data-map -->\n", summary = "Edited", material = false, effectiveAt = c.Now.AddDays(30) }),
        ["POST /api/admin/privacy/policies/{policyId}/publish"] = Role(Admin), // a draft of its own, published for later (not material)
        // Consent
        ["GET /api/privacy/purposes"] = Public().Reading(),
        ["POST /api/privacy/cookie-consent"] = Public().Json(_ => new { rejectAll = true }), // a signed-in caller's choice goes to their own account
        ["GET /api/privacy/cookie-consent"] = Public().Reading(),

        // Public site (pages at the host's root)
        ["GET /"] = Public().Reading(), // 302 to /blog
        ["GET /blog"] = Public().Reading(),
        ["GET /blog/{slug}"] = Public().Reading().Tolerating(HttpStatusCode.NotFound, "the not-found page: no post has the made-up slug"),
        ["GET /blog/tags/{tag}"] = Public().Reading().Tolerating(HttpStatusCode.NotFound, "the not-found page: no public post has the made-up tag"),
        ["GET /testimonials"] = Public().Reading(),
        ["GET /privacy"] = Public().Reading(),
        ["GET /cookies"] = Public().Reading(),
        ["POST /cookies"] = Public().Tolerating(HttpStatusCode.BadRequest, "a form without the page's antiforgery token is refused"),
        ["GET /site.css"] = Public().Reading(),
        ["GET /favicon.svg"] = Public().Reading(),
        ["GET /api/me/consents"] = SignedIn().Reading(),
        ["POST /api/me/consents"] = SignedIn().Json(_ => new { decisions = new[] { new { purpose = "product-analytics", granted = false } } }),
        ["GET /api/me/consents/history"] = SignedIn().Reading(),
        ["POST /api/admin/privacy/purposes/{key}/versions"] = Role(Admin).Json(c => new { title = "Testimonial publication", text = "Revised text " + c.Unique(), material = false }),
        // Content: testimonials (the public list and images, the author's own, marketing's moderation)
        ["GET /api/content/testimonials"] = Public().Reading(),
        ["GET /api/content/testimonials/consent-text"] = Public().Reading(),
        ["GET /api/content/images/{imageId}"] = Public().Reading(), // an image an approved testimonial shows
        ["POST /api/content/testimonials"] = SignedIn().Multipart(c => Infrastructure.ContentTestimonialsApi.FormAsync(c.App, new())),
        ["GET /api/content/testimonials/mine"] = SignedIn().Reading(),
        ["PUT /api/content/testimonials/{testimonialId}"] = Owner(Stranger)
            .Multipart(c => Infrastructure.ContentTestimonialsApi.FormAsync(c.App, new(Quote: "Edited " + c.Unique()))),
        ["POST /api/content/testimonials/{testimonialId}/withdraw"] = Owner(Stranger),
        ["GET /api/content/moderation/testimonials"] = Role(Marketing).Reading(),
        ["GET /api/content/moderation/testimonials/{testimonialId}"] = Role(Marketing).Reading(),
        ["POST /api/content/moderation/testimonials"] = Role(Marketing).Multipart(c => Infrastructure.ContentTestimonialsApi.FormAsync(c.App,
            new(AuthorEmail: c.NewEmail("customer"), WrittenConsent: ("signed.pdf", "application/pdf", TestImages.Pdf)))),
        ["POST /api/content/moderation/testimonials/{testimonialId}/approve"] = Role(Marketing).Json(_ => new { }),
        ["POST /api/content/moderation/testimonials/{testimonialId}/reject"] = Role(Marketing).Json(_ => new { reason = "Not about SmartRoom." }),
        ["POST /api/content/moderation/testimonials/{testimonialId}/unpublish"] = Role(Marketing).Json(_ => new { reason = "Outdated." }),
        ["PUT /api/content/moderation/testimonials/{testimonialId}/placement"] = Role(Marketing).Json(_ => new { position = 1, featured = true }),

        ["POST /api/admin/notifications/announcements"] = Role(Marketing).Json(_ => new { subject = "SmartRoom news", body = "Nothing new." }),

        // Content: the blog (marketing writes; the public reads what is published)
        ["POST /api/content/editor/posts"] = Role(Marketing).Json(c => new { title = "Post " + c.Unique(), summary = "A summary.", markdown = "Some *text*.", tags = new[] { "News" } }),
        ["GET /api/content/editor/posts"] = Role(Marketing).Reading(),
        ["GET /api/content/editor/posts/{postId}"] = Role(Marketing).Reading(),
        ["GET /api/content/editor/posts/{postId}/preview"] = Role(Marketing).Reading(),
        ["PUT /api/content/editor/posts/{postId}"] = Role(Marketing).Json(async c => (object)new
        {
            title = "Changed " + c.Unique(), summary = "Changed.", markdown = "Changed text.", tags = new[] { "News" },
            version = (await Infrastructure.ContentPostsApi.EditorPostAsync(c.App.ClientWithToken(c.Users[Marketing].AccessToken), c.World.Posts.Edited)).Version,
        }),
        ["POST /api/content/editor/posts/{postId}/publish"] = Role(Marketing).Json(_ => new { }),
        ["POST /api/content/editor/posts/{postId}/unpublish"] = Role(Marketing),
        ["DELETE /api/content/editor/posts/{postId}"] = Role(Marketing),
        ["GET /api/content/posts"] = Public().Reading(),
        ["GET /api/content/posts/{slug}"] = Public().Reading(),
        ["GET /api/content/tags"] = Public().Reading(),
        // Content: removal requests (anyone asks; marketing decides) and the moderation record
        ["POST /api/content/removal-requests"] = Public().Json(c => new { url = c.World.PublicPostUrl, reason = "It names me.", email = c.NewEmail("requester") }),
        ["GET /api/content/moderation/removal-requests"] = Role(Marketing).Reading(),
        ["GET /api/content/moderation/removal-requests/{removalRequestId}"] = Role(Marketing).Reading(),
        ["POST /api/content/moderation/removal-requests/{removalRequestId}/decide"] = Role(Marketing).Json(_ => new { remove = false, reason = "It is news reporting." }),
        ["GET /api/content/moderation/records"] = Role(Marketing).Reading(),

        // Deal rooms
        ["GET /api/deal-rooms"] = SignedIn().Reading(),
        ["POST /api/deal-rooms"] = Role(Manager).Json(_ => new { name = "Another deal", description = "Opened during the access matrix" }),
        ["GET /api/deal-rooms/{roomId}"] = Room(RoomReaders).Reading(),
        ["PATCH /api/deal-rooms/{roomId}"] = Room(Manager).Json(_ => new { description = "Updated description" }),
        ["POST /api/deal-rooms/{roomId}/status"] = Room(Manager).Json(_ => new { status = "Closed" }),
        ["PUT /api/deal-rooms/{roomId}/terms"] = Room(Manager).Json(_ => new { text = "New confidentiality terms." }),
        ["GET /api/deal-rooms/{roomId}/terms"] = Room(Viewer, Contributor, Manager).Reading(),
        ["POST /api/deal-rooms/{roomId}/terms/accept"] = Room(Viewer, Contributor, Manager).Json(_ => new { }),
        ["POST /api/deal-rooms/{roomId}/groups"] = Room(Manager).Json(c => new { name = "Bidder " + c.Unique() }),
        ["GET /api/deal-rooms/{roomId}/groups"] = Room(Viewer, Contributor, Manager).Reading(),
        ["GET /api/deal-rooms/{roomId}/groups/{groupId}/effective-access"] = Room(Manager).Reading(),
        ["POST /api/deal-rooms/{roomId}/invitations"] = Room(Manager).Json(c => new { email = c.NewEmail("invited"), role = "Viewer", groupId = c.World.ViewerGroup.Id }),
        ["GET /api/deal-rooms/{roomId}/invitations"] = Room(Manager).Reading(),
        ["DELETE /api/deal-rooms/{roomId}/invitations/{invitationId}"] = Room(Manager),
        ["POST /api/invitations/accept"] = SignedIn().Json(_ => new { token = "not-an-emailed-invitation-code-0123456789abcdef" })
            .Tolerating(HttpStatusCode.NotFound, "a made-up invitation code (it finds no invitation, whoever asks)"),
        ["GET /api/deal-rooms/{roomId}/members"] = Room(Viewer, Contributor, Manager).Reading(), // members: the managers and their own group
        ["PATCH /api/deal-rooms/{roomId}/members/{userId}"] = Room(Manager).Json(c => new { groupId = c.World.ContributorGroup.Id }),
        ["DELETE /api/deal-rooms/{roomId}/members/{userId}"] = Room(Manager),
        ["POST /api/deal-rooms/{roomId}/folders"] = Room(Manager).Json(c => new { name = "Folder " + c.Unique(), parentId = c.World.Folder.Id }),
        ["PATCH /api/deal-rooms/{roomId}/folders/{folderId}"] = Room(Manager).Json(c => new { name = "Renamed " + c.Unique(), move = false }),
        ["DELETE /api/deal-rooms/{roomId}/folders/{folderId}"] = Room(Manager),
        ["GET /api/deal-rooms/{roomId}/tree"] = Room(RoomReaders).Reading(),
        ["POST /api/deal-rooms/{roomId}/documents"] = Room(Contributor, Manager).Multipart(c => c.DocumentForm()),
        ["GET /api/deal-rooms/{roomId}/documents/{documentId}"] = Room(RoomReaders).Reading(),
        ["GET /api/deal-rooms/{roomId}/documents/{documentId}/content"] = Room(Contributor, Manager).Reading()
            .Denying(SupportWithGrant, HttpStatusCode.Forbidden, "download-not-permitted: support staff never download"),
        ["GET /api/deal-rooms/{roomId}/documents/{documentId}/view"] = Room(RoomReaders).Reading(),
        ["POST /api/deal-rooms/{roomId}/documents/{documentId}/versions"] = Room(Contributor, Manager).Multipart(c => c.VersionForm()),
        ["GET /api/deal-rooms/{roomId}/folders/{folderId}/zip"] = Room(Viewer, Contributor, Manager).Reading(), // a Viewer's zip holds the folders only
        ["POST /api/deal-rooms/{roomId}/folders/{folderId}/zip"] = Room(Contributor, Manager).Multipart(c => c.ZipForm()),
        ["PUT /api/deal-rooms/{roomId}/permissions"] = Room(Manager).Json(c => new { groupId = c.World.ViewerGroup.Id, folderId = c.World.Spare.Id, level = "Download" }),
        ["GET /api/deal-rooms/{roomId}/permissions"] = Room(Manager).Reading(),
        ["GET /api/deal-rooms/{roomId}/audit"] = Room(Manager).Reading(),
        ["GET /api/deal-rooms/{roomId}/audit/verify"] = Room(Manager).Reading(),
        ["GET /api/deal-rooms/{roomId}/audit/export"] = Room(Manager).Reading(),
        ["GET /api/deal-rooms/{roomId}/audit/checkpoint"] = Room(Manager), // stores the checkpoint it signs
        ["POST /api/deal-rooms/{roomId}/audit/verify-checkpoint"] = Room(Manager)
            .Json(c => new { roomId = c.World.Room.Id, seq = 1, hash = new string('0', 64), issuedAt = c.Now, keyId = "mk-0000000000000000", signature = "AAAA" })
            .Tolerating(HttpStatusCode.BadRequest, "a made-up checkpoint's signature does not verify"),
        ["GET /api/audit/signing-key"] = SignedIn().Reading(),
        ["GET /api/deal-rooms/{roomId}/reports/members"] = Room(Manager).Reading(),
        ["GET /api/deal-rooms/{roomId}/reports/documents"] = Room(Manager).Reading(),
        ["GET /api/deal-rooms/{roomId}/reports/groups"] = Room(Manager).Reading(),

        // Q&A
        ["GET /api/deal-rooms/{roomId}/qa/settings"] = Room(Manager).Reading(),
        ["PUT /api/deal-rooms/{roomId}/qa/settings"] = Room(Manager).Json(_ => new { categories = new[] { "General", "Finance" }, dueBusinessDays = 3, defaultGroupLimit = 50 }),
        ["GET /api/deal-rooms/{roomId}/qa/categories"] = Room(Viewer, Contributor, Manager).Reading(),
        ["GET /api/deal-rooms/{roomId}/qa/experts"] = Room(Manager).Reading(),
        ["PUT /api/deal-rooms/{roomId}/qa/experts/{userId}"] = Room(Manager).Json(_ => new { categories = new[] { "General" } }),
        ["DELETE /api/deal-rooms/{roomId}/qa/experts/{userId}"] = Room(Manager),
        ["POST /api/deal-rooms/{roomId}/questions"] = Room(Viewer, Contributor).Json(c => new { title = "Question " + c.Unique(), body = "What is the churn?", category = "General", priority = "Normal" })
            .Denying(Manager, HttpStatusCode.Forbidden, "room-members-only: managers answer questions, members ask them"),
        ["GET /api/deal-rooms/{roomId}/questions"] = Room(Viewer, Contributor, Manager).Reading(), // members: their group's questions only
        ["GET /api/deal-rooms/{roomId}/questions/{questionId}"] = Room(Viewer, Manager).Reading()
            .Denying(Contributor, HttpStatusCode.NotFound, "another group's question does not exist for them"),
        ["PATCH /api/deal-rooms/{roomId}/questions/{questionId}"] = Room(Manager).Json(_ => new { priority = "High" }),
        ["POST /api/deal-rooms/{roomId}/questions/{questionId}/assign"] = Room(Manager).Json(c => new { userId = c.Users[Manager].Id }),
        ["PUT /api/deal-rooms/{roomId}/questions/{questionId}/draft"] = Room(Manager).Json(_ => new { answer = "Churn was 4% a year." })
            .Denying(Contributor, HttpStatusCode.NotFound, "another group's question does not exist for them"),
        ["POST /api/deal-rooms/{roomId}/questions/{questionId}/approve"] = Room(Manager).Json(_ => new { answer = "Churn was 4% a year." }),
        ["POST /api/deal-rooms/{roomId}/questions/{questionId}/decline"] = Room(Manager).Json(_ => new { reason = "Out of scope." }),
        ["POST /api/deal-rooms/{roomId}/questions/{questionId}/close"] = Room(Viewer, Manager)
            .Tolerating(HttpStatusCode.Conflict, "invalid-transition: the arranged question is open, and only an approved one is closed")
            .Denying(Contributor, HttpStatusCode.NotFound, "another group's question does not exist for them"),
        // Conversations (Messaging): the world's conversation is the Viewer's with the managers; the Contributor (another group) is
        // no participant, so for them it does not exist. Support staff read only under a grant that lets them read messages (not this one).
        ["GET /api/deal-rooms/{roomId}/conversations"] = Room(Viewer, Contributor, Manager).Reading(),
        ["POST /api/deal-rooms/{roomId}/conversations"] = Room(Viewer, Contributor, Manager)
            .Json(c => new { subject = "Subject " + c.Unique(), body = "Body", participantIds = c.Actor == Manager ? new[] { c.Users[Viewer].Id } : [] }),
        ["GET /api/deal-rooms/{roomId}/conversations/{conversationId}/messages"] = Room(Viewer, Manager).Reading()
            .Denying(Contributor, HttpStatusCode.NotFound, "not a participant: the conversation does not exist for them"),
        ["POST /api/deal-rooms/{roomId}/conversations/{conversationId}/messages"] = Room(Viewer, Manager).Json(_ => new { body = "A reply" })
            .Denying(Contributor, HttpStatusCode.NotFound, "not a participant: the conversation does not exist for them"),
        ["POST /api/deal-rooms/{roomId}/conversations/{conversationId}/read"] = Room(Viewer, Manager)
            .Denying(Contributor, HttpStatusCode.NotFound, "not a participant: the conversation does not exist for them"),
        ["PATCH /api/deal-rooms/{roomId}/conversations/{conversationId}/messages/{messageId}"] = Room(Viewer).Json(_ => new { body = "Edited" })
            .Denying(Contributor, HttpStatusCode.NotFound, "not a participant: the conversation does not exist for them")
            .Denying(Manager, HttpStatusCode.Forbidden, "only its sender edits a message"),
        ["DELETE /api/deal-rooms/{roomId}/conversations/{conversationId}/messages/{messageId}"] = Room(Viewer, Manager)
            .Denying(Contributor, HttpStatusCode.NotFound, "not a participant: the conversation does not exist for them"),
        // Q&A: FAQs, similar and duplicate questions, export and report (the question: answered, asked in the Viewer's group)
        ["POST /api/deal-rooms/{roomId}/questions/{questionId}/publish-faq"] = Room(Manager).Json(_ => new { all = true }),
        ["DELETE /api/deal-rooms/{roomId}/questions/{questionId}/faq"] = Room(Manager),
        ["POST /api/deal-rooms/{roomId}/questions/similar"] = Room(Viewer, Contributor, Manager)
            .Json(_ => new { title = "Remaining lease term", body = "How long does the warehouse lease still run?" }).Reading(),
        ["GET /api/deal-rooms/{roomId}/questions/{questionId}/duplicates"] = Room(Manager).Reading(),
        ["GET /api/deal-rooms/{roomId}/questions/export"] = Room(Manager), // the export is announced for the room's audit trail
        ["GET /api/deal-rooms/{roomId}/questions/report"] = Room(Manager).Reading(),

        // Content: comments (planted on the public post by World.ArrangeAsync) and their moderation
        ["GET /api/content/posts/{slug}/comments"] = Public().Reading(),
        ["POST /api/content/posts/{slug}/comments"] = SignedIn().Json(c => new { body = "A comment " + c.Unique() }),
        ["GET /api/content/comments/mine"] = SignedIn().Reading(),
        ["POST /api/content/comments/{commentId}/report"] = SignedIn().Json(_ => new { reason = "Off topic." }),
        ["GET /api/content/moderation/comments"] = Role(Marketing).Reading(),
        ["POST /api/content/moderation/comments/{commentId}/approve"] = Role(Marketing).Json(_ => new { }),
        ["POST /api/content/moderation/comments/{commentId}/hide"] = Role(Marketing).Json(_ => new { reason = "Off topic." }),
        ["POST /api/content/moderation/comments/{commentId}/delete"] = Role(Marketing).Json(_ => new { reason = "Spam." }),
        ["POST /api/content/moderation/commenters/{userId}/ban"] = Role(Marketing).Json(_ => new { reason = "Advertising." }),
        ["DELETE /api/content/moderation/commenters/{userId}/ban"] = Role(Marketing).Json(_ => new { reason = "Apologised." }),
        ["GET /api/content/moderation/commenters/bans"] = Role(Marketing).Reading(),

        // Support access
        ["POST /api/deal-rooms/{roomId}/support-access-requests"] = Role(SupportWithoutGrant, SupportWithGrant).Json(_ => new { reason = "Investigating a customer ticket." })
            .Tolerating(HttpStatusCode.Conflict, "both already have a request open (pending or granted): one at a time"),
        ["GET /api/deal-rooms/{roomId}/support-access"] = Room(Manager, SupportWithoutGrant, SupportWithGrant).Reading(),
        ["POST /api/deal-rooms/{roomId}/support-access-requests/{requestId}/approve"] = Room(Manager).Json(_ => new { hours = 1, mayViewDocuments = false }),
        ["POST /api/deal-rooms/{roomId}/support-access-requests/{requestId}/deny"] = Room(Manager),
        ["POST /api/deal-rooms/{roomId}/support-access-requests/{requestId}/revoke"] = Room(Manager),

        // Content: the blog's feeds, the sitemap and robots.txt (the public site, at the host's root)
        ["GET /blog/rss.xml"] = Public().Reading(),
        ["GET /blog/atom.xml"] = Public().Reading(),
        ["GET /blog/tags/{tag}/rss.xml"] = Public().Reading().Tolerating(HttpStatusCode.NotFound, "the matrix arranges no post: no tag has a feed"),
        ["GET /blog/tags/{tag}/atom.xml"] = Public().Reading().Tolerating(HttpStatusCode.NotFound, "the matrix arranges no post: no tag has a feed"),
        ["GET /sitemap.xml"] = Public().Reading(),
        ["GET /robots.txt"] = Public().Reading(),
    };

    private const string IdentityApiPassword = Infrastructure.IdentityApi.GoodPassword;
}
