using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Privacy.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class PrivacyOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Source",
                schema: "privacy",
                table: "PolicyVersions",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AccountReplays",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountReplays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BreachAlerts",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BreachId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ThresholdHours = table.Column<int>(type: "int", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Recipients = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BreachControllerNotices",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BreachId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    NotifiedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Delivery = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DeliveryReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DeliveryReportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachControllerNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BreachEntries",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BreachId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Seq = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Changed = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AwareAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SaDueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Nature = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Categories = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ApproxSubjects = table.Column<int>(type: "int", nullable: false),
                    ApproxRecords = table.Column<int>(type: "int", nullable: false),
                    Consequences = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DpoContact = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Notifiable = table.Column<bool>(type: "bit", nullable: false),
                    NotNotifiableReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RoomId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RegulatorNotifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    RegulatorReference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RegulatorAuthority = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DelayReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BreachSubjects",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BreachId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SelectedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SelectedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    NoticeEventId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Delivery = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    DeliveryReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DeliveryReportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachSubjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentPurposes",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    TextHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Material = table.Column<bool>(type: "bit", nullable: false),
                    Audience = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentPurposes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VisitorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Purpose = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    PurposeVersion = table.Column<int>(type: "int", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Method = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NoticeTextHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IpNetwork = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalHolds",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ScopeKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ScopeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ScopeKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AuthorisedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReviewAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReleasedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReleaseReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalHolds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyAcceptances",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyVersionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyNumber = table.Column<int>(type: "int", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IpAddress = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    TextHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyAcceptances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyNoticeRuns",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyVersionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    EffectiveAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    NotifyFrom = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Checkpoint = table.Column<long>(type: "bigint", nullable: false),
                    Recipients = table.Column<int>(type: "int", nullable: false),
                    Dispatched = table.Column<int>(type: "int", nullable: false),
                    Batches = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyNoticeRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyNotices",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    OutcomeAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRuns",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsageFacts",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    Measure = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Dimension = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RoomId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRunCategories",
                schema: "privacy",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Category = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Module = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OlderThan = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Purged = table.Column<long>(type: "bigint", nullable: false),
                    Held = table.Column<long>(type: "bigint", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRunCategories", x => new { x.RunId, x.Category });
                    table.ForeignKey(
                        name: "FK_RetentionRunCategories_RetentionRuns_RunId",
                        column: x => x.RunId,
                        principalSchema: "privacy",
                        principalTable: "RetentionRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BreachAlerts_BreachId_ThresholdHours",
                schema: "privacy",
                table: "BreachAlerts",
                columns: new[] { "BreachId", "ThresholdHours" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BreachControllerNotices_BreachId_UserId",
                schema: "privacy",
                table: "BreachControllerNotices",
                columns: new[] { "BreachId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BreachEntries_BreachId_Seq",
                schema: "privacy",
                table: "BreachEntries",
                columns: new[] { "BreachId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BreachSubjects_BreachId_UserId",
                schema: "privacy",
                table: "BreachSubjects",
                columns: new[] { "BreachId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BreachSubjects_NoticeEventId",
                schema: "privacy",
                table: "BreachSubjects",
                column: "NoticeEventId",
                unique: true,
                filter: "[NoticeEventId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentPurposes_Key_Version",
                schema: "privacy",
                table: "ConsentPurposes",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_Purpose_RecordedAt",
                schema: "privacy",
                table: "ConsentRecords",
                columns: new[] { "Purpose", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_UserId_Purpose_RecordedAt",
                schema: "privacy",
                table: "ConsentRecords",
                columns: new[] { "UserId", "Purpose", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_VisitorId_Purpose_RecordedAt",
                schema: "privacy",
                table: "ConsentRecords",
                columns: new[] { "VisitorId", "Purpose", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_ReleasedAt",
                schema: "privacy",
                table: "LegalHolds",
                column: "ReleasedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAcceptances_UserId_PolicyNumber",
                schema: "privacy",
                table: "PolicyAcceptances",
                columns: new[] { "UserId", "PolicyNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyNoticeRuns_PolicyVersionId",
                schema: "privacy",
                table: "PolicyNoticeRuns",
                column: "PolicyVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyNotices_EventId",
                schema: "privacy",
                table: "PolicyNotices",
                column: "EventId",
                unique: true,
                filter: "[EventId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyNotices_RunId_Status",
                schema: "privacy",
                table: "PolicyNotices",
                columns: new[] { "RunId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyNotices_RunId_UserId",
                schema: "privacy",
                table: "PolicyNotices",
                columns: new[] { "RunId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageFacts_Month_Measure_Dimension_RoomId",
                schema: "privacy",
                table: "UsageFacts",
                columns: new[] { "Month", "Measure", "Dimension", "RoomId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountReplays",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "BreachAlerts",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "BreachControllerNotices",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "BreachEntries",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "BreachSubjects",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "ConsentPurposes",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "ConsentRecords",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "LegalHolds",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "PolicyAcceptances",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "PolicyNoticeRuns",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "PolicyNotices",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "RetentionRunCategories",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "UsageFacts",
                schema: "privacy");

            migrationBuilder.DropTable(
                name: "RetentionRuns",
                schema: "privacy");

            migrationBuilder.DropColumn(
                name: "Source",
                schema: "privacy",
                table: "PolicyVersions");
        }
    }
}
