using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.DealRooms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dealrooms_Documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FolderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dealrooms_Documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dealrooms_DocumentVersions",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    BlobName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", maxLength: 1024, nullable: false),
                    NoncePrefix = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
                    HeaderLength = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dealrooms_DocumentVersions", x => new { x.DocumentId, x.Version });
                });

            migrationBuilder.CreateIndex(
                name: "IX_dealrooms_Documents_RoomId_FolderId",
                table: "dealrooms_Documents",
                columns: new[] { "RoomId", "FolderId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dealrooms_Documents");

            migrationBuilder.DropTable(
                name: "dealrooms_DocumentVersions");
        }
    }
}
