using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Notifications.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class FeedAndPreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "notifications_EmailDeliveries",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UnsubscribeUrl",
                table: "notifications_EmailDeliveries",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UserId",
                table: "notifications_EmailDeliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notifications_DigestItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeduplicationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_DigestItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_InAppNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeduplicationKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_InAppNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications_Preferences",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_Preferences", x => new { x.UserId, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "notifications_SuppressedAddresses",
                columns: table => new
                {
                    Address = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SuppressedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_SuppressedAddresses", x => x.Address);
                });

            migrationBuilder.CreateTable(
                name: "notifications_UnsubscribeLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_UnsubscribeLinks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_EmailDeliveries_To",
                table: "notifications_EmailDeliveries",
                column: "To");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_DigestItems_DeduplicationKey",
                table: "notifications_DigestItems",
                column: "DeduplicationKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_DigestItems_SentAt_UserId",
                table: "notifications_DigestItems",
                columns: new[] { "SentAt", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_InAppNotifications_DeduplicationKey",
                table: "notifications_InAppNotifications",
                column: "DeduplicationKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_InAppNotifications_UserId_ReadAt",
                table: "notifications_InAppNotifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UnsubscribeLinks_TokenHash",
                table: "notifications_UnsubscribeLinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications_DigestItems");

            migrationBuilder.DropTable(
                name: "notifications_InAppNotifications");

            migrationBuilder.DropTable(
                name: "notifications_Preferences");

            migrationBuilder.DropTable(
                name: "notifications_SuppressedAddresses");

            migrationBuilder.DropTable(
                name: "notifications_UnsubscribeLinks");

            migrationBuilder.DropIndex(
                name: "IX_notifications_EmailDeliveries_To",
                table: "notifications_EmailDeliveries");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "notifications_EmailDeliveries");

            migrationBuilder.DropColumn(
                name: "UnsubscribeUrl",
                table: "notifications_EmailDeliveries");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "notifications_EmailDeliveries");
        }
    }
}
