#!/usr/bin/env bash
# Creates the "worker-tier" scaling configuration with the Alibaba Cloud CLI.
# Check it before sending it:  ./scalecfg validate examples/create-scaling-configuration.sh
aliyun ess CreateScalingConfiguration \
  --region cn-hangzhou \
  --ScalingGroupId asg-bp1fzl3t6q0cdnxm7i8j \
  --ScalingConfigurationName 'worker-tier' \
  --ImageId aliyun_3_x64_20G_alibase_20240819.vhd \
  --InstanceTypes.1 ecs.c7.large \
  --InstanceTypes.2 ecs.c6.large \
  --SecurityGroupId sg-bp18kz60mefs3c4d \
  --SystemDisk.Category cloud_essd --SystemDisk.Size 40 \
  --InstanceName "worker-(AUTO_INCREMENT)[0,3]" \
  --Tags '{"env":"prod","team":"jobs","cost-center":"cc-3001"}' \
  --InstanceDescription "queue worker, started by the \"jobs\" scaling group"
