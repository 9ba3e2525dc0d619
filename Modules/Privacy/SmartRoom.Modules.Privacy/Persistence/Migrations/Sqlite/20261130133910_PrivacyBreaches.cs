using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Privacy.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PrivacyBreaches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_BreachAlerts");

            migrationBuilder.DropTable(
                name: "privacy_BreachControllerNotices");

            migrationBuilder.DropTable(
                name: "privacy_BreachEntries");

            migrationBuilder.DropTable(
                name: "privacy_BreachSubjects");
        }
    }
}
