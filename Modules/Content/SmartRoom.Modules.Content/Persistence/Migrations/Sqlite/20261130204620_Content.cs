using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Content.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Content : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_CommenterBans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Until = table.Column<long>(type: "INTEGER", nullable: true),
                    BannedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_CommenterBans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_CommentReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReporterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_CommentReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_Comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    BodyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LinkCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AddressHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ModerationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ModeratedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_Comments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_Images",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BlobName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_Images", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_ModerationRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_ModerationRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_Posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_Posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_PostSlugs",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_PostSlugs", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "content_RemovalReminders",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_RemovalReminders", x => new { x.RequestId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "content_RemovalRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequesterEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_RemovalRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_TeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactUpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsMarketing = table.Column<bool>(type: "INTEGER", nullable: false),
                    RolesUpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_TeamMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_TeamReplays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_TeamReplays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_TestimonialConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TestimonialId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    TextVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TextSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ShowName = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShowCompany = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShowLogo = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShowPhoto = table.Column<bool>(type: "INTEGER", nullable: false),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    WrittenConsentImageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_TestimonialConsents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_Testimonials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LogoImageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PhotoImageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ShowName = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShowCompany = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShowLogo = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShowPhoto = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Featured = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_Testimonials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_PostTags",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_PostTags", x => new { x.PostId, x.Tag });
                    table.ForeignKey(
                        name: "FK_content_PostTags_content_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "content_Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_CommenterBans_UserId",
                table: "content_CommenterBans",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_CommentReports_CommentId_ReporterId",
                table: "content_CommentReports",
                columns: new[] { "CommentId", "ReporterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_CommentReports_ReporterId",
                table: "content_CommentReports",
                column: "ReporterId");

            migrationBuilder.CreateIndex(
                name: "IX_content_Comments_AddressHash_CreatedAt",
                table: "content_Comments",
                columns: new[] { "AddressHash", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_Comments_AuthorId_CreatedAt",
                table: "content_Comments",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_Comments_BodyHash_CreatedAt",
                table: "content_Comments",
                columns: new[] { "BodyHash", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_Comments_PostId_Status_CreatedAt",
                table: "content_Comments",
                columns: new[] { "PostId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_Comments_Status_CreatedAt",
                table: "content_Comments",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_ModerationRecords_At",
                table: "content_ModerationRecords",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_content_ModerationRecords_TargetKind_TargetId_At",
                table: "content_ModerationRecords",
                columns: new[] { "TargetKind", "TargetId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_content_Posts_Slug",
                table: "content_Posts",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_content_Posts_Status_PublishAt",
                table: "content_Posts",
                columns: new[] { "Status", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_Posts_Status_PublishedAt",
                table: "content_Posts",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_Posts_UpdatedAt_Version",
                table: "content_Posts",
                columns: new[] { "UpdatedAt", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_content_PostSlugs_PostId",
                table: "content_PostSlugs",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_content_PostTags_Tag",
                table: "content_PostTags",
                column: "Tag");

            migrationBuilder.CreateIndex(
                name: "IX_content_RemovalRequests_DecidedAt_DueAt",
                table: "content_RemovalRequests",
                columns: new[] { "DecidedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_RemovalRequests_RequesterId",
                table: "content_RemovalRequests",
                column: "RequesterId");

            migrationBuilder.CreateIndex(
                name: "IX_content_RemovalRequests_TargetKind_TargetId",
                table: "content_RemovalRequests",
                columns: new[] { "TargetKind", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_content_TeamMembers_IsMarketing",
                table: "content_TeamMembers",
                column: "IsMarketing");

            migrationBuilder.CreateIndex(
                name: "IX_content_TestimonialConsents_TestimonialId_GivenAt",
                table: "content_TestimonialConsents",
                columns: new[] { "TestimonialId", "GivenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_Testimonials_AuthorId",
                table: "content_Testimonials",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_content_Testimonials_Status_Featured_Position",
                table: "content_Testimonials",
                columns: new[] { "Status", "Featured", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "content_CommenterBans");

            migrationBuilder.DropTable(
                name: "content_CommentReports");

            migrationBuilder.DropTable(
                name: "content_Comments");

            migrationBuilder.DropTable(
                name: "content_Images");

            migrationBuilder.DropTable(
                name: "content_ModerationRecords");

            migrationBuilder.DropTable(
                name: "content_PostSlugs");

            migrationBuilder.DropTable(
                name: "content_PostTags");

            migrationBuilder.DropTable(
                name: "content_RemovalReminders");

            migrationBuilder.DropTable(
                name: "content_RemovalRequests");

            migrationBuilder.DropTable(
                name: "content_TeamMembers");

            migrationBuilder.DropTable(
                name: "content_TeamReplays");

            migrationBuilder.DropTable(
                name: "content_TestimonialConsents");

            migrationBuilder.DropTable(
                name: "content_Testimonials");

            migrationBuilder.DropTable(
                name: "content_Posts");
        }
    }
}
