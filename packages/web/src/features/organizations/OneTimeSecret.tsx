import { Alert, Flex, Typography } from 'antd';

/**
 * A secret Goodlink keeps only as a hash (an API key) or will not show again (a webhook's signing secret): shown
 * here once, with a copy button, until dismissed. Announced politely (role=status) to screen readers.
 */
export function OneTimeSecret({
  title,
  hint,
  value,
  onClose,
}: {
  title: string;
  hint: string;
  value: string;
  onClose(): void;
}) {
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title={title}
      description={
        <Flex vertical gap={8}>
          <span>{hint}</span>
          <Typography.Text code copyable={{ text: value }} className="break-anywhere">
            {value}
          </Typography.Text>
        </Flex>
      }
      closable={{ onClose }}
    />
  );
}
