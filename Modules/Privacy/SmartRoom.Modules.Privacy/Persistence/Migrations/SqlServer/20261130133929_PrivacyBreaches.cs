using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Privacy.Persistence.Migrations.SqlServer
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
