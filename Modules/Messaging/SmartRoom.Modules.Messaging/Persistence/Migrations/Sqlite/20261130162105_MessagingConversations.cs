using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Messaging.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class MessagingConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "messaging_Messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Messages_ConversationId_Number",
                table: "messaging_Messages",
                columns: new[] { "ConversationId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_messaging_Messages_ConversationId_Number",
                table: "messaging_Messages");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "messaging_Messages");
        }
    }
}
