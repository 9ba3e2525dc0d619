using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.DealRooms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Permissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dealrooms_Permissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FolderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dealrooms_Permissions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dealrooms_Permissions_GroupId_FolderId_DocumentId",
                table: "dealrooms_Permissions",
                columns: new[] { "GroupId", "FolderId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dealrooms_Permissions_RoomId_GroupId",
                table: "dealrooms_Permissions",
                columns: new[] { "RoomId", "GroupId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dealrooms_Permissions");
        }
    }
}
