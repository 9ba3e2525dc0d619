using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Privacy.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class PrivacyBreaches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BreachAlerts",
                schema: "privacy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThresholdHours = table.Column<int>(type: "integer", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Recipients = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NotifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Delivery = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DeliveryReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DeliveryReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Changed = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AwareAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SaDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Nature = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Categories = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ApproxSubjects = table.Column<int>(type: "integer", nullable: false),
                    ApproxRecords = table.Column<int>(type: "integer", nullable: false),
                    Consequences = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DpoContact = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Notifiable = table.Column<bool>(type: "boolean", nullable: false),
                    NotNotifiableReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegulatorNotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RegulatorReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegulatorAuthority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DelayReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SelectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SelectedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    NoticeEventId = table.Column<Guid>(type: "uuid", nullable: true),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Delivery = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DeliveryReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DeliveryReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachSubjects", x => x.Id);
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
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
