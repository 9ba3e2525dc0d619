using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Notifications.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PrivacyOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SourceEventId",
                table: "notifications_EmailDeliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notifications_MarketingConsents",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Granted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_MarketingConsents", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_MarketingConsents_Granted",
                table: "notifications_MarketingConsents",
                column: "Granted");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications_MarketingConsents");

            migrationBuilder.DropColumn(
                name: "SourceEventId",
                table: "notifications_EmailDeliveries");
        }
    }
}
