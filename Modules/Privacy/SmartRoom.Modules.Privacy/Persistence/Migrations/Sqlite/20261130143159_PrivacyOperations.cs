using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Privacy.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PrivacyOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "privacy_PolicyVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "privacy_AccountReplays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_AccountReplays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_BreachAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BreachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThresholdHours = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_BreachAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_BreachControllerNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BreachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NotifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DeliveryReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeliveryReportedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_BreachControllerNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_BreachEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BreachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Changed = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DetectedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AwareAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SaDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ApproxSubjects = table.Column<int>(type: "INTEGER", nullable: false),
                    ApproxRecords = table.Column<int>(type: "INTEGER", nullable: false),
                    Consequences = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DpoContact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Notifiable = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotNotifiableReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegulatorNotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegulatorReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegulatorAuthority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DelayReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_BreachEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_BreachSubjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BreachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SelectedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SelectedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    NoticeEventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DeliveryReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeliveryReportedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_BreachSubjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_ConsentPurposes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    TextHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Material = table.Column<bool>(type: "INTEGER", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_ConsentPurposes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VisitorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PurposeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NoticeTextHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IpNetwork = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_ConsentRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_LegalHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScopeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScopeKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReviewAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReleasedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReleaseReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_LegalHolds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_PolicyAcceptances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    TextHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_PolicyAcceptances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_PolicyNoticeRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NotifyFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Checkpoint = table.Column<long>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false),
                    Dispatched = table.Column<int>(type: "INTEGER", nullable: false),
                    Batches = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_PolicyNoticeRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_PolicyNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DispatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_PolicyNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_RetentionRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_RetentionRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_UsageFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_UsageFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_RetentionRunCategories",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OlderThan = table.Column<long>(type: "INTEGER", nullable: false),
                    Purged = table.Column<long>(type: "INTEGER", nullable: false),
                    Held = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_privacy_RetentionRunCategories", x => new { x.RunId, x.Category });
                    table.ForeignKey(
                        name: "FK_privacy_RetentionRunCategories_privacy_RetentionRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "privacy_RetentionRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_BreachAlerts_BreachId_ThresholdHours",
                table: "privacy_BreachAlerts",
                columns: new[] { "BreachId", "ThresholdHours" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_BreachControllerNotices_BreachId_UserId",
                table: "privacy_BreachControllerNotices",
                columns: new[] { "BreachId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_BreachEntries_BreachId_Seq",
                table: "privacy_BreachEntries",
                columns: new[] { "BreachId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_BreachSubjects_BreachId_UserId",
                table: "privacy_BreachSubjects",
                columns: new[] { "BreachId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_BreachSubjects_NoticeEventId",
                table: "privacy_BreachSubjects",
                column: "NoticeEventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ConsentPurposes_Key_Version",
                table: "privacy_ConsentPurposes",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ConsentRecords_Purpose_RecordedAt",
                table: "privacy_ConsentRecords",
                columns: new[] { "Purpose", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ConsentRecords_UserId_Purpose_RecordedAt",
                table: "privacy_ConsentRecords",
                columns: new[] { "UserId", "Purpose", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_ConsentRecords_VisitorId_Purpose_RecordedAt",
                table: "privacy_ConsentRecords",
                columns: new[] { "VisitorId", "Purpose", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_LegalHolds_ReleasedAt",
                table: "privacy_LegalHolds",
                column: "ReleasedAt");

            migrationBuilder.CreateIndex(
                name: "IX_privacy_PolicyAcceptances_UserId_PolicyNumber",
                table: "privacy_PolicyAcceptances",
                columns: new[] { "UserId", "PolicyNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_PolicyNoticeRuns_PolicyVersionId",
                table: "privacy_PolicyNoticeRuns",
                column: "PolicyVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_PolicyNotices_EventId",
                table: "privacy_PolicyNotices",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_PolicyNotices_RunId_Status",
                table: "privacy_PolicyNotices",
                columns: new[] { "RunId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_privacy_PolicyNotices_RunId_UserId",
                table: "privacy_PolicyNotices",
                columns: new[] { "RunId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_privacy_UsageFacts_Month_Measure_Dimension_RoomId",
                table: "privacy_UsageFacts",
                columns: new[] { "Month", "Measure", "Dimension", "RoomId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_AccountReplays");

            migrationBuilder.DropTable(
                name: "privacy_BreachAlerts");

            migrationBuilder.DropTable(
                name: "privacy_BreachControllerNotices");

            migrationBuilder.DropTable(
                name: "privacy_BreachEntries");

            migrationBuilder.DropTable(
                name: "privacy_BreachSubjects");

            migrationBuilder.DropTable(
                name: "privacy_ConsentPurposes");

            migrationBuilder.DropTable(
                name: "privacy_ConsentRecords");

            migrationBuilder.DropTable(
                name: "privacy_LegalHolds");

            migrationBuilder.DropTable(
                name: "privacy_PolicyAcceptances");

            migrationBuilder.DropTable(
                name: "privacy_PolicyNoticeRuns");

            migrationBuilder.DropTable(
                name: "privacy_PolicyNotices");

            migrationBuilder.DropTable(
                name: "privacy_RetentionRunCategories");

            migrationBuilder.DropTable(
                name: "privacy_UsageFacts");

            migrationBuilder.DropTable(
                name: "privacy_RetentionRuns");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "privacy_PolicyVersions");
        }
    }
}
